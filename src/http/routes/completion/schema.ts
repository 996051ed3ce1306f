import { Type } from "@sinclair/typebox";
import { Id, Nullable, OneOf, Period, strict } from "../../schemas.ts";

const Links = Type.Array(Type.String({ minLength: 1, maxLength: 2000 }), { maxItems: 20 });

export const ProposeBody = Type.Object(
  {
    narrative: Type.String({ minLength: 1, maxLength: 20000 }),
    figure: Type.Optional(Nullable(Type.Number())),
    target_id: Type.Optional(Nullable(Id)),
    period: Type.Optional(Period),
    evidence_links: Type.Optional(Links),
  },
  strict,
);
export const ReturnBody = Type.Object({ reason: Type.String({ minLength: 1, maxLength: 4000 }) }, strict);
export const StateQuery = Type.Object(
  {
    state: Type.Optional(
      Type.Union([Type.Literal("pending"), Type.Literal("accepted"), Type.Literal("returned")]),
    ),
  },
  strict,
);

export const ProposalResponse = Type.Object({
  id: Type.Integer(),
  plan_id: Type.Integer(),
  commitment_id: Type.Integer(),
  unit_id: Nullable(Type.Integer()),
  target_id: Nullable(Type.Integer()),
  figure: Nullable(Type.Number()),
  period: Type.String(),
  narrative: Type.String(),
  evidence_links: Type.Array(Type.String()),
  state: OneOf(["pending", "accepted", "returned"], { description: "accepted: 销号; returned: 退回" }),
  return_reason: Nullable(Type.String()),
  progress_id: Nullable(Type.Integer()),
  proposed_by_name: Type.String(),
  proposed_at: Type.String(),
  decided_by_name: Nullable(Type.String()),
  decided_at: Nullable(Type.String()),
  version: Type.Integer(),
});
export const ProposalList = Type.Object({ items: Type.Array(ProposalResponse) });
