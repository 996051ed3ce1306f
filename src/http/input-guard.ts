// Two checks on every request's values, in one place rather than a rule in
// every schema:
// - no text holds a NUL character (U+0000), wherever it is: PostgreSQL
//   cannot store one in text, SQLite would store it and cut it short in
//   places, and no plan, name or report needs one;
// - every number is finite. Ajv turns "1e400" in a query string into
//   Infinity, and its range keywords skip non-finite numbers, so Infinity
//   passes `maximum: 200`; a JSON body's 1e400 parses to Infinity too.
import type { FastifyInstance } from "fastify";
import { LantuError } from "../errors.ts";

/** The first value in `value` that no record may hold, with its path ("name", "parts.1"), or null. */
export function badValue(value: unknown, path = ""): { field: string; problem: string } | null {
  const field = path || "(root)";
  if (typeof value === "string")
    return value.includes("\u0000") ? { field, problem: "contains a NUL character (U+0000)" } : null;
  if (typeof value === "number")
    return Number.isFinite(value) ? null : { field, problem: "must be a finite number" };
  if (!value || typeof value !== "object" || Buffer.isBuffer(value)) return null;
  for (const [key, v] of Object.entries(value)) {
    if (key.includes("\u0000")) return { field, problem: "has a field name with a NUL character" };
    const found = badValue(v, path ? `${path}.${key}` : key);
    if (found) return found;
  }
  return null;
}

function check(where: string, value: unknown): void {
  const bad = badValue(value);
  if (bad) throw new LantuError("validation", `${where} ${bad.field}: ${bad.problem}`, { field: bad.field });
}

export function guardInput(app: FastifyInstance): void {
  // Text before validation (so the NUL is what the answer names), numbers
  // after it (validation is where query strings become numbers).
  app.addHook("preValidation", async (req) => {
    check("params", req.params);
    check("querystring", req.query);
    check("body", req.body);
  });
  app.addHook("preHandler", async (req) => {
    check("params", req.params);
    check("querystring", req.query);
    check("body", req.body);
  });
}
