// Schema pieces shared by the routes.
import { Type, type TSchema } from "@sinclair/typebox";
import { ERROR_CODES, VALIDATION_RULES } from "../errors.ts";

// Integers stop where the databases' columns do: ids are 64-bit but arrive as
// JS numbers (exact to 2^53), versions and years are 32-bit.
export const MAX_ID = Number.MAX_SAFE_INTEGER;
export const MAX_VERSION = 2_147_483_647;
export const Id = Type.Integer({ minimum: 1, maximum: MAX_ID });
export const IdParams = Type.Object({ id: Id });
export const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
/**
 * One of a fixed list of strings, for responses: `enum` in the OpenAPI document (so the web
 * app's generated types have the union of literals), a plain string to the serialiser.
 */
export const OneOf = <const T extends readonly string[]>(values: T, options: { description?: string } = {}) =>
  Type.Unsafe<T[number]>({ type: "string", enum: [...values], ...options });
/** A count for each of a fixed list of keys (every key present). */
export const CountsOf = <const T extends readonly string[]>(keys: T) =>
  Type.Unsafe<Record<T[number], number>>(
    Type.Object(Object.fromEntries(keys.map((k) => [k, Type.Integer()])) as Record<string, TSchema>),
  );
export const Limit = Type.Integer({ minimum: 1, maximum: 200, default: 50 });
export const Cursor = Type.String({ maxLength: 200, description: "from the previous page's `next`" });
/** A calendar day that exists (format "date" checks the month and the day in it), in years 1900–2199. */
export const Day = Type.String({
  format: "date",
  pattern: "^(19|20|21)\\d{2}-\\d{2}-\\d{2}$",
  description: "YYYY-MM-DD, a day that exists",
});
export const Period = Type.String({
  pattern: "^\\d{4}(H[12]|Q[1-4]|-(0[1-9]|1[0-2]))?$",
  description: "2024, 2024H1, 2024Q1 or 2024-03",
});
export const IfMatchHeaders = Type.Object({
  "if-match": Type.Optional(Type.String({ description: "the record's version" })),
});
export const Page = <T extends TSchema>(item: T) =>
  Type.Object({ items: Type.Array(item), next: Nullable(Type.String()) });
/** Every error response: a code of the catalogue (src/errors.ts); for validation, the field and the rule. */
export const ErrorBody = Type.Object(
  {
    error: Type.Object({
      code: Type.Union(ERROR_CODES.map((c) => Type.Literal(c))),
      message: Type.String({ description: "English, for developers and logs; clients word the code" }),
      field: Type.Optional(Type.String({ description: "the field at fault (dotted path)" })),
      rule: Type.Optional(Type.Union(VALIDATION_RULES.map((r) => Type.Literal(r)))),
      limit: Type.Optional(Type.Number({ description: "the length or bound the rule names" })),
      details: Type.Optional(Type.Unknown()),
    }),
  },
  { $id: "Error" },
);
export const strict = { additionalProperties: false } as const;
