import { Type } from "@sinclair/typebox";
import {
  GoalTotals,
  MatrixCell,
  MatrixUnitCount,
  PublicPlanOut,
  PublicTargetOut,
  StatusCounts,
  UnitName,
} from "../../responses.ts";

export const PublicPlansOut = Type.Object({ items: Type.Array(PublicPlanOut) });
export const PublicOverviewOut = Type.Object({
  plan: PublicPlanOut,
  goals: Type.Array(UnitName),
  units: Type.Array(UnitName),
  matrix: Type.Array(MatrixCell, { description: "the busiest units' cells only (at most 40 units)" }),
  goal_totals: GoalTotals,
  matrix_unit_count: MatrixUnitCount,
  status_counts: StatusCounts,
  indicators: Type.Array(PublicTargetOut),
});
