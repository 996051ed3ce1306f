import { Type } from "@sinclair/typebox";
import { Id, Nullable, strict } from "../../schemas.ts";

const Role = Type.Union([Type.Literal("admin"), Type.Literal("supervisor"), Type.Literal("reporter")]);
export const CreateUser = Type.Object(
  {
    username: Type.String({ minLength: 1, maxLength: 100, pattern: "^[A-Za-z0-9_.@-]+$" }),
    password: Type.String({ minLength: 8, maxLength: 200 }),
    role: Role,
    unit_id: Type.Optional(Nullable(Id)),
    display_name: Type.Optional(Type.String({ maxLength: 100 })),
  },
  strict,
);
export const UpdateUser = Type.Object(
  {
    role: Type.Optional(Role),
    unit_id: Type.Optional(Nullable(Id)),
    display_name: Type.Optional(Type.String({ maxLength: 100 })),
    password: Type.Optional(Type.String({ minLength: 8, maxLength: 200 })),
    disabled: Type.Optional(Type.Boolean()),
  },
  strict,
);
