import { Type } from "@sinclair/typebox";
import { Id, Nullable } from "../../schemas.ts";
import { Role } from "../../responses.ts";

export const MeBody = Type.Object({
  user: Nullable(
    Type.Object({
      id: Id,
      username: Type.String(),
      display_name: Type.String(),
      role: Role,
      unit_id: Nullable(Id),
      disabled: Type.Boolean(),
      must_change_password: Type.Boolean(),
      created_at: Type.String(),
      version: Type.Integer(),
    }),
  ),
  csrf_token: Nullable(Type.String()),
});
