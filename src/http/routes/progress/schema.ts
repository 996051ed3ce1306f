import { Type } from "@sinclair/typebox";
import { Cursor, Id, Limit, Nullable, Period, strict } from "../../schemas.ts";

export const ProgressBody = Type.Object(
  {
    period: Period,
    narrative: Type.String({ minLength: 1, maxLength: 20000 }),
    figure: Type.Optional(Nullable(Type.Number())),
    target_id: Type.Optional(Nullable(Id)),
    complete: Type.Optional(Type.Boolean()),
    evidence_links: Type.Optional(
      Type.Array(Type.String({ minLength: 1, maxLength: 2000 }), { maxItems: 20 }),
    ),
  },
  strict,
);
export const IndicatorBody = Type.Object(
  {
    period: Period,
    narrative: Type.String({ minLength: 1, maxLength: 20000 }),
    figure: Type.Number(),
    evidence_links: Type.Optional(
      Type.Array(Type.String({ minLength: 1, maxLength: 2000 }), { maxItems: 20 }),
    ),
  },
  strict,
);
export const ProgressQuery = Type.Object(
  { cursor: Type.Optional(Cursor), limit: Type.Optional(Limit) },
  strict,
);
