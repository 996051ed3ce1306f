// Schema pieces shared by the routes.
import { Type, type TSchema } from "@sinclair/typebox";

export const Id = Type.Integer({ minimum: 1 });
export const IdParams = Type.Object({ id: Id });
export const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
export const Limit = Type.Integer({ minimum: 1, maximum: 200, default: 50 });
export const Cursor = Type.String({ maxLength: 200, description: "from the previous page's `next`" });
export const Day = Type.String({ pattern: "^\\d{4}-\\d{2}-\\d{2}$", description: "YYYY-MM-DD" });
export const Period = Type.String({
  pattern: "^\\d{4}(H[12]|Q[1-4]|-(0[1-9]|1[0-2]))?$",
  description: "2024, 2024H1, 2024Q1 or 2024-03",
});
export const IfMatchHeaders = Type.Object({
  "if-match": Type.Optional(Type.String({ description: "the record's version" })),
});
export const Page = <T extends TSchema>(item: T) =>
  Type.Object({ items: Type.Array(item), next: Nullable(Type.String()) });
export const ErrorBody = Type.Object({
  error: Type.Object({ code: Type.String(), message: Type.String(), field: Type.Optional(Type.String()) }),
});
export const strict = { additionalProperties: false } as const;
