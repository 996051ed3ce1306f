import { Type } from "@sinclair/typebox";
import { Cursor, Limit, Period, strict } from "../../schemas.ts";

export const OwingQuery = Type.Object({ period: Period }, strict);
export const OverdueQuery = Type.Object(
  { cursor: Type.Optional(Cursor), limit: Type.Optional(Limit) },
  strict,
);
