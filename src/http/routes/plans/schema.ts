import { Type } from "@sinclair/typebox";
import { Cursor, Limit, Nullable, strict } from "../../schemas.ts";

export const CreatePlan = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200 }),
    framework_name: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
  },
  strict,
);
export const UpdatePlan = Type.Object(
  {
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    framework_name: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
  },
  strict,
);
export const PageQuery = Type.Object({ cursor: Type.Optional(Cursor), limit: Type.Optional(Limit) }, strict);
