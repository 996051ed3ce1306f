import { Type } from "@sinclair/typebox";
import { TASK_KINDS } from "../../../domain/cycle/inbox.ts";
import { Id, Nullable, OneOf, strict } from "../../schemas.ts";

export const InboxResponse = Type.Object({
  tasks: Type.Array(
    Type.Object({
      kind: OneOf(TASK_KINDS),
      plan_id: Type.Integer(),
      commitment_id: Nullable(Type.Integer()),
      ref_id: Nullable(Type.Integer()),
      title: Type.String(),
      detail: Type.String(),
      due: Nullable(Type.String()),
      urgent: Type.Boolean(),
    }),
  ),
  notifications: Type.Array(
    Type.Object({
      id: Type.Integer(),
      kind: Type.String(),
      title: Type.String(),
      body: Type.String(),
      link: Nullable(Type.String()),
      created_at: Type.String(),
      read: Type.Boolean(),
    }),
  ),
  unread: Type.Integer(),
});
export const ReadBody = Type.Object(
  { ids: Type.Optional(Type.Array(Id, { maxItems: 500 })), all: Type.Optional(Type.Boolean()) },
  strict,
);
export const EmailOut = Type.Object({ user_id: Type.Integer(), email: Nullable(Type.String()) });
export const EmailBody = Type.Object({ email: Nullable(Type.String({ maxLength: 320 })) }, strict);
