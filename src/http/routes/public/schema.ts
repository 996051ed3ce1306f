import { Type } from "@sinclair/typebox";
import { Counts, MatrixCell, PublicPlanOut, PublicTargetOut, UnitName } from "../../responses.ts";

export const PublicPlansOut = Type.Object({ items: Type.Array(PublicPlanOut) });
export const PublicOverviewOut = Type.Object({
  plan: PublicPlanOut,
  goals: Type.Array(UnitName),
  units: Type.Array(UnitName),
  matrix: Type.Array(MatrixCell),
  status_counts: Counts,
  indicators: Type.Array(PublicTargetOut),
});
