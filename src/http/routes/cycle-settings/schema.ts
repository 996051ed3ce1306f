import { Type } from "@sinclair/typebox";
import { Day, Id, strict } from "../../schemas.ts";

const Frequency = Type.Union([Type.Literal("monthly"), Type.Literal("quarterly")]);
const DueDay = Type.Integer({ minimum: 1, maximum: 31, description: "day of the period's last month" });
const Grace = Type.Integer({ minimum: 0, maximum: 90 });
const Weight = Type.Number({ minimum: 0, maximum: 1000 });
const Weights = Type.Object(
  { on_time: Weight, on_track: Weight, targets_met: Weight, warnings: Weight },
  strict,
);

export const SettingsBody = Type.Object(
  {
    frequency: Type.Optional(Frequency),
    due_day: Type.Optional(DueDay),
    grace_days: Type.Optional(Grace),
    starts_on: Type.Optional(Day),
    remind_before_days: Type.Optional(Type.Integer({ minimum: 0, maximum: 60 })),
    yellow_after_days: Type.Optional(Type.Integer({ minimum: 0, maximum: 365 })),
    red_returns: Type.Optional(Type.Integer({ minimum: 1, maximum: 20 })),
    weights: Type.Optional(Weights),
  },
  strict,
);

export const UnitCalendarParams = Type.Object({ id: Id, unitId: Id });
export const UnitCalendarBody = Type.Object(
  { frequency: Frequency, due_day: DueDay, grace_days: Grace },
  strict,
);

export const SettingsResponse = Type.Object({
  plan_id: Type.Integer(),
  frequency: Frequency,
  due_day: Type.Integer(),
  grace_days: Type.Integer(),
  starts_on: Type.String(),
  remind_before_days: Type.Integer(),
  yellow_after_days: Type.Integer(),
  red_returns: Type.Integer(),
  weights: Weights,
  units: Type.Array(
    Type.Object({
      unit_id: Type.Integer(),
      frequency: Frequency,
      due_day: Type.Integer(),
      grace_days: Type.Integer(),
    }),
  ),
  version: Type.Integer({ description: "0 while the plan runs on the defaults" }),
});

export const ObligationsQuery = Type.Object(
  {
    unit: Type.Optional(Id),
    state: Type.Optional(
      Type.Union(["open", "due", "overdue", "reported", "reported_late"].map((s) => Type.Literal(s))),
    ),
    after: Type.Optional(
      Type.Integer({ minimum: 0, description: "continue after this commitment id (the last page's next)" }),
    ),
  },
  strict,
);
export const ObligationsResponse = Type.Object({
  today: Type.String(),
  next: Type.Union([Type.Integer(), Type.Null()], {
    description: "more items follow: pass it as after; null at the end",
  }),
  items: Type.Array(
    Type.Object({
      commitment_id: Type.Integer(),
      unit_id: Type.Integer(),
      period: Type.String(),
      due_on: Type.String(),
      late_after: Type.String(),
      state: Type.String(),
      days_overdue: Type.Integer(),
    }),
  ),
});
