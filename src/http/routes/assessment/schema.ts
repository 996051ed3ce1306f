import { Type } from "@sinclair/typebox";
import { Nullable, OneOf, Period, strict } from "../../schemas.ts";
import { LEVELS } from "../../../domain/cycle/warning.ts";

export const AssessmentQuery = Type.Object({ period: Period }, strict);
const Share = Nullable(Type.Number({ description: "0–1; null when the unit has nothing to measure it by" }));
const W = Type.Object({
  on_time: Type.Number(),
  on_track: Type.Number(),
  targets_met: Type.Number(),
  warnings: Type.Number(),
});
export const AssessmentResponse = Type.Object({
  plan_id: Type.Integer(),
  period: Type.String(),
  from: Type.String(),
  to: Type.String(),
  as_of: Type.String(),
  weights: W,
  units: Type.Array(
    Type.Object({
      unit_id: Type.Integer(),
      unit: Type.String(),
      rank: Nullable(Type.Integer()),
      score: Nullable(Type.Number()),
      reports: Type.Object({ on_time: Type.Integer(), late: Type.Integer(), missing: Type.Integer() }),
      items: Type.Object({ total: Type.Integer(), on_track_or_done: Type.Integer() }),
      targets: Type.Object({ total: Type.Integer(), met: Type.Integer() }),
      warnings: Type.Object({ blue: Type.Integer(), yellow: Type.Integer(), red: Type.Integer() }),
      components: Type.Object({ on_time: Share, on_track: Share, targets_met: Share, warnings: Share }),
    }),
  ),
});

export const HeatQuery = Type.Object(
  {
    by: Type.Optional(
      Type.Union([Type.Literal("count"), Type.Literal("status"), Type.Literal("warning")], {
        default: "status",
        description: "count: items per cell; status: by status; warning: by warning level (蓝/黄/红)",
      }),
    ),
  },
  strict,
);
const Cell = Type.Object({
  goal_id: Nullable(Type.Integer({ description: "null: the 未对齐 column (items aligned to no goal)" })),
  n: Type.Integer(),
  counts: Type.Record(Type.String(), Type.Integer(), {
    description: "items per status or warning level (empty by count)",
  }),
  worst: Nullable(Type.String()),
  majority: Nullable(Type.String()),
});
export const HeatResponse = Type.Object({
  plan_id: Type.Integer(),
  by: OneOf(["count", "status", "warning"]),
  goals: Type.Array(Type.Object({ id: Type.Integer(), name: Type.String() })),
  rows: Type.Array(
    Type.Object({
      unit_id: Nullable(Type.Integer()),
      unit: Type.String(),
      cells: Type.Array(Cell),
      total: Cell,
    }),
  ),
  unit_count: Type.Integer({ description: "units with items; past 40 the rows are the busiest units'" }),
  column_totals: Type.Array(Cell),
  total: Cell,
});

export const WarningsResponse = Type.Object({
  today: Type.String(),
  items: Type.Array(
    Type.Object({
      commitment_id: Type.Integer(),
      unit_id: Nullable(Type.Integer()),
      status: Type.String(),
      due_date: Nullable(Type.String()),
      returns: Type.Integer(),
      level: OneOf(LEVELS),
      reasons: Type.Array(Type.String()),
    }),
  ),
  units: Type.Array(
    Type.Object({
      unit_id: Nullable(Type.Integer()),
      level: OneOf(LEVELS),
      counts: Type.Object({
        none: Type.Integer(),
        blue: Type.Integer(),
        yellow: Type.Integer(),
        red: Type.Integer(),
      }),
    }),
  ),
});
