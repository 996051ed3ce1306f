import { Type } from "@sinclair/typebox";
import { Id, Nullable, strict } from "../../schemas.ts";

const fields = {
  kind: Type.Optional(Type.String({ minLength: 1, maxLength: 40 })),
  aliases: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 100 }), { maxItems: 50 })),
  parent_id: Type.Optional(Nullable(Id)),
};
export const CreateUnit = Type.Object(
  { name: Type.String({ minLength: 1, maxLength: 100 }), ...fields },
  strict,
);
export const UpdateUnit = Type.Object(
  { name: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })), ...fields },
  strict,
);
