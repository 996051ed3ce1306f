// A schema violation (Ajv's error objects, as Fastify hands them over) as
// one field problem: the field's path, the rule it breaks and its limit. The
// web app words the rule in the user's language; the English message stays
// for API users and logs.
import type { FieldProblem, ValidationRule } from "../errors.ts";
import { Day } from "./schemas.ts";

export interface AjvError {
  keyword?: string;
  instancePath?: string;
  message?: string;
  params?: Record<string, unknown>;
}

export function fieldOf(e: AjvError): string {
  const path = (e.instancePath ?? "").replace(/^\//, "").replace(/\//g, ".");
  const extra = (e.params?.missingProperty ?? e.params?.additionalProperty) as string | undefined;
  return [path, extra].filter(Boolean).join(".") || "(root)";
}

const BY_KEYWORD: Record<string, ValidationRule> = {
  required: "required",
  additionalProperties: "unknown_field",
  type: "type",
  maxLength: "too_long",
  minimum: "too_small",
  exclusiveMinimum: "too_small",
  maximum: "too_large",
  exclusiveMaximum: "too_large",
  minItems: "too_few",
  maxItems: "too_many",
  enum: "not_allowed",
  const: "not_allowed",
  anyOf: "not_allowed",
  format: "format",
  pattern: "format",
};

function ruleOf(e: AjvError): { rule: ValidationRule; limit?: number } {
  const k = e.keyword ?? "";
  const limit = typeof e.params?.limit === "number" ? e.params.limit : undefined;
  // A day is checked by a pattern and the "date" format: either way it is a date.
  if (
    (k === "format" && e.params?.format === "date") ||
    (k === "pattern" && e.params?.pattern === Day.pattern)
  )
    return { rule: "date" };
  // minLength 1 is how the schemas say "not empty".
  if (k === "minLength") return limit === 1 ? { rule: "required" } : { rule: "too_short", limit };
  return { rule: BY_KEYWORD[k] ?? "invalid", limit };
}

/**
 * The problem to report from Ajv's list: the first error, except that a
 * union's errors end with an "anyOf" summary and begin with the first
 * branch's complaint, which is the one that names what a value should be.
 */
export function fieldProblem(errors: readonly AjvError[]): FieldProblem & { message: string } {
  const first = errors[0] ?? {};
  const field = fieldOf(first);
  const { rule, limit } = ruleOf(first);
  const message =
    first.params?.additionalProperty !== undefined
      ? `${field}: unknown field`
      : `${field}: ${first.message ?? "is invalid"}`;
  return { field, rule, ...(limit !== undefined ? { limit } : {}), message };
}
