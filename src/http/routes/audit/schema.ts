import { Type } from "@sinclair/typebox";
import { Cursor, Id, Limit, strict } from "../../schemas.ts";

export const AuditQuery = Type.Object(
  {
    plan: Type.Optional(Id),
    entity: Type.Optional(Type.String({ maxLength: 40 })),
    entity_id: Type.Optional(Id),
    cursor: Type.Optional(Cursor),
    limit: Type.Optional(Limit),
  },
  strict,
);
