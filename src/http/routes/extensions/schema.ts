import { Type } from "@sinclair/typebox";
import { Day, Nullable, OneOf, strict } from "../../schemas.ts";

export const ExtensionBody = Type.Object(
  { new_date: Day, reason: Type.String({ minLength: 1, maxLength: 4000 }) },
  strict,
);
export const DecisionBody = Type.Object({ reason: Type.Optional(Type.String({ maxLength: 4000 })) }, strict);
export const RefuseBody = Type.Object({ reason: Type.String({ minLength: 1, maxLength: 4000 }) }, strict);
export const StateQuery = Type.Object(
  {
    state: Type.Optional(
      Type.Union([Type.Literal("pending"), Type.Literal("approved"), Type.Literal("refused")]),
    ),
  },
  strict,
);
export const ExtensionResponse = Type.Object({
  id: Type.Integer(),
  plan_id: Type.Integer(),
  commitment_id: Type.Integer(),
  unit_id: Nullable(Type.Integer()),
  old_date: Nullable(Type.String({ description: "the deadline when asked" })),
  new_date: Type.String({ description: "the date asked for" }),
  reason: Type.String(),
  state: OneOf(["pending", "approved", "refused"]),
  decision_reason: Nullable(Type.String()),
  requested_by_name: Type.String(),
  requested_at: Type.String(),
  decided_by_name: Nullable(Type.String()),
  decided_at: Nullable(Type.String()),
  version: Type.Integer(),
});
export const ExtensionList = Type.Object({ items: Type.Array(ExtensionResponse) });
