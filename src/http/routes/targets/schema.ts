import { Type } from "@sinclair/typebox";
import { Cursor, Limit, Nullable, strict } from "../../schemas.ts";

const Year = Type.Integer({ minimum: 1949, maximum: 2100 });
export const TargetQuery = Type.Object(
  { indicators: Type.Optional(Type.Boolean()), cursor: Type.Optional(Cursor), limit: Type.Optional(Limit) },
  strict,
);
export const TargetPatch = Type.Object(
  {
    value: Type.Optional(Type.Number()),
    comparator: Type.Optional(Type.Union([">=", "<=", "=", "~"].map((c) => Type.Literal(c)))),
    baseline_value: Type.Optional(Nullable(Type.Number())),
    baseline_year: Type.Optional(Nullable(Year)),
    due_year: Type.Optional(Nullable(Year)),
    unit_of_measure: Type.Optional(Nullable(Type.String({ maxLength: 40 }))),
  },
  strict,
);
