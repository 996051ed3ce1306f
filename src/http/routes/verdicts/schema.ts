import { Type } from "@sinclair/typebox";
import { Nullable, OneOf, strict } from "../../schemas.ts";
import { VERDICTS } from "../../../domain/cycle/verdict.ts";

const Kind = OneOf(VERDICTS, {
  description: "已兑现 kept, 推进中 in progress, 受阻 stalled, 未兑现 broken, 未评估 not rated",
});
export const VerdictBody = Type.Object(
  {
    verdict: Kind,
    reason: Type.String({ minLength: 1, maxLength: 4000 }),
    evidence_links: Type.Optional(
      Type.Array(Type.String({ minLength: 1, maxLength: 2000 }), { maxItems: 20 }),
    ),
  },
  strict,
);
export const VerdictShape = Type.Object({
  verdict: OneOf(VERDICTS),
  since: Nullable(Type.String({ description: "the day it took effect; null when it follows the status" })),
  source: OneOf(["recorded", "deadline", "status"]),
  reason: Nullable(Type.String()),
  evidence_links: Type.Array(Type.String()),
});
export const VerdictHistoryResponse = Type.Object({
  current: VerdictShape,
  records: Type.Array(
    Type.Object({
      id: Type.Integer(),
      verdict: OneOf(VERDICTS),
      reason: Type.String(),
      evidence_links: Type.Array(Type.String()),
      recorded_on: Type.String(),
      recorded_by_name: Type.String(),
    }),
  ),
});
export const PublicVerdict = Type.Object({
  commitment_id: Type.Integer(),
  verdict: OneOf(VERDICTS),
  since: Nullable(Type.String()),
  source: OneOf(["recorded", "deadline", "status"]),
  reason: Nullable(Type.String()),
  evidence_links: Type.Array(Type.String()),
});
export const PublicVerdictList = Type.Object({ items: Type.Array(PublicVerdict) });
