// One error catalogue for the whole project. Every error a user can cause
// has a stable code, an HTTP status and a message that names the problem;
// the CLI prints the message on one line (exit code 2) and the HTTP layer
// maps the status once, at the edge. Anything else is a bug.

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
  validation: 400,
  not_found: 404,
  unauthorized: 401,
  forbidden: 403,
  conflict: 409,
  invalid_reference: 422,
  rate_limited: 429,
  precondition_required: 428,
  migration_history: 500,
  migration_failed: 500,
} as const;

export type ErrorCode = keyof typeof ERRORS;

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
