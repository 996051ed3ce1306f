import { Type } from "@sinclair/typebox";
import {
  CommitmentOut,
  GoalOut,
  GoalTotals,
  MatrixCell,
  MatrixUnitCount,
  ReviewCounts,
  StatusCounts,
  TargetOut,
  UnitName,
} from "../../responses.ts";
import { Cursor, Id, Limit, Period, strict } from "../../schemas.ts";

export const OwingQuery = Type.Object({ period: Period }, strict);
export const OverdueQuery = Type.Object(
  { cursor: Type.Optional(Cursor), limit: Type.Optional(Limit) },
  strict,
);

export const OverviewOut = Type.Object({
  plan_id: Id,
  goals: Type.Array(GoalOut),
  units: Type.Array(UnitName),
  matrix: Type.Array(MatrixCell, { description: "the busiest units' cells only (at most 40 units)" }),
  goal_totals: GoalTotals,
  matrix_unit_count: MatrixUnitCount,
  status_counts: StatusCounts,
  review_counts: ReviewCounts,
  upcoming: Type.Array(CommitmentOut),
  overdue: Type.Array(CommitmentOut),
  indicators: Type.Array(TargetOut),
});
export const OwingOut = Type.Object({
  period: Type.String(),
  items: Type.Array(Type.Object({ unit_id: Id, unit_name: Type.String(), missing: Type.Integer() })),
});
