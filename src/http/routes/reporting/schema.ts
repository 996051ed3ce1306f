import { Type } from "@sinclair/typebox";
import { CommitmentOut } from "../../responses.ts";
import { Id, strict } from "../../schemas.ts";

export const ReportingQuery = Type.Object(
  {
    unit: Type.Optional(
      Type.Integer({ minimum: 1, description: "Staff: the unit (reporters get their own)" }),
    ),
  },
  strict,
);

export const ReportingOut = Type.Object({
  unit_id: Id,
  items: Type.Array(
    Type.Object({
      commitment: CommitmentOut,
      last_period: Type.Union([Type.String(), Type.Null()], {
        description: "Period of the latest report filed, or null when none",
      }),
    }),
  ),
});
