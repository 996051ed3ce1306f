// One error catalogue for the whole project. Every error a user can cause
// has a stable code, an HTTP status and a message that names the problem;
// the CLI prints the message on one line (exit code 2) and the HTTP layer
// maps the status once, at the edge. Anything else is a bug. The codes (and
// the validation rules below) are a contract: the web app words each one in
// Chinese and English (web/src/i18n/errors.ts, checked by a test), so a new
// code needs its two messages there.

export const ERRORS = {
  file_not_found: 404,
  file_empty: 422,
  file_too_large: 413,
  file_binary: 422,
  file_encoding: 422,
  file_format: 415,
  file_corrupt: 422,
  file_too_complex: 422,
  ocr_unavailable: 422,
  bad_argument: 400,
  bad_framework: 422,
  import_rejected: 422,
  /** A task-table preview no longer says what the import would do (the plan changed since). */
  import_preview_stale: 409,
  validation: 400,
  bad_request: 400,
  not_found: 404,
  unauthorized: 401,
  forbidden: 403,
  csrf: 403,
  /** The record changed since the client read it (If-Match names an older version). */
  stale_version: 409,
  /** A name that must be unique is taken. */
  duplicate: 409,
  /** A one-time password is still in use: only the session routes answer until it is changed. */
  password_change_required: 403,
  /** The record's state does not allow this (already done, already answered, merged…). */
  conflict: 409,
  database_in_use: 409,
  /** Crossed with another request on the same records (deadlock, lock timeout); nothing changed: retry. */
  busy: 409,
  invalid_reference: 422,
  rate_limited: 429,
  precondition_required: 428,
  migration_history: 500,
  migration_failed: 500,
  internal: 500,
} as const;

export type ErrorCode = keyof typeof ERRORS;
export const ERROR_CODES = Object.keys(ERRORS) as ErrorCode[];

/**
 * What is wrong with a field, for a validation error: the web app words a
 * field error from the rule (and `limit`), not from the English message.
 */
export const VALIDATION_RULES = [
  "required",
  "unknown_field",
  "type",
  "date",
  "format",
  "too_short",
  "too_long",
  "too_small",
  "too_large",
  "too_few",
  "too_many",
  /** A date that must be later (a new deadline after today). */
  "too_early",
  /** A day or period that has not come yet (a milestone done tomorrow, a report for next year). */
  "in_future",
  "not_allowed",
  "unknown_reference",
  "invalid",
] as const;
export type ValidationRule = (typeof VALIDATION_RULES)[number];

/** The details a validation error carries: the field, the rule it breaks and, for lengths and ranges, the limit. */
export interface FieldProblem {
  field: string;
  rule?: ValidationRule;
  limit?: number;
}

export class LantuError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly details?: unknown;
  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = "LantuError";
    this.code = code;
    this.status = ERRORS[code];
    this.details = details;
  }
}

export const isLantuError = (e: unknown): e is LantuError => e instanceof LantuError;
