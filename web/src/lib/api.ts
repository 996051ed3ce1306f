// The one door to the HTTP API: JSON in and out, the session cookie rides
// along, writes carry the CSRF token and, for existing records, If-Match.
/**
 * An answer that is not a success, as the API describes it: its status and
 * stable code (the catalogue in src/errors.ts), for a validation error the
 * field, the rule and its limit. `message` is the server's English text, for
 * the technical detail only: people read `errorText` (i18n/error-text.ts).
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
    readonly rule?: string,
    readonly limit?: number,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

interface ErrorBody {
  error?: {
    code?: string;
    message?: string;
    field?: string;
    rule?: string;
    limit?: number;
    details?: unknown;
  };
}

let csrfToken: string | null = null;
export const setCsrf = (token: string | null) => {
  csrfToken = token;
};

export interface CallOptions {
  ifMatch?: number;
  signal?: AbortSignal;
}

export async function api<T>(
  method: string,
  path: string,
  body?: unknown,
  opts: CallOptions = {},
): Promise<T> {
  const headers: Record<string, string> = { accept: "application/json" };
  if (body !== undefined) headers["content-type"] = "application/json";
  if (method !== "GET" && csrfToken) headers["x-csrf-token"] = csrfToken;
  if (opts.ifMatch !== undefined) headers["if-match"] = `"${opts.ifMatch}"`;
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: "same-origin",
      signal: opts.signal,
    });
  } catch (err) {
    if (opts.signal?.aborted) throw err;
    throw new ApiError(0, "network", String(err));
  }
  if (res.status === 204) return undefined as T;
  return answer<T>(res);
}

/** The JSON answer of a response, or its error (code, words, field and details) thrown as an ApiError. */
async function answer<T>(res: Response): Promise<T> {
  const data: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const e = (data as ErrorBody | null)?.error;
    throw new ApiError(
      res.status,
      e?.code ?? "http",
      e?.message ?? res.statusText,
      e?.field,
      e?.rule,
      e?.limit,
      e?.details,
    );
  }
  return data as T;
}

export const get = <T>(path: string, signal?: AbortSignal) => api<T>("GET", path, undefined, { signal });

/** Sends a multipart form (a file upload) with the CSRF token; the answer is JSON as from api(). */
export async function upload<T>(path: string, form: FormData): Promise<T> {
  const headers: Record<string, string> = { accept: "application/json" };
  if (csrfToken) headers["x-csrf-token"] = csrfToken;
  const res = await fetch(path, { method: "POST", headers, body: form, credentials: "same-origin" });
  return answer<T>(res);
}

/** A query string from the defined, non-empty values. */
export function qs(params: Record<string, string | number | undefined | null>): string {
  const u = new URLSearchParams();
  for (const [k, v] of Object.entries(params))
    if (v !== undefined && v !== null && v !== "") u.set(k, String(v));
  const s = u.toString();
  return s ? `?${s}` : "";
}

/**
 * Sends a file as the request body (the task-table import), its name in
 * X-Filename, percent-encoded (a header carries Latin-1 only); the answer is
 * JSON as from api(), an error with its details.
 */
export async function sendFile<T>(path: string, file: Blob, name: string, type: string): Promise<T> {
  const headers: Record<string, string> = {
    accept: "application/json",
    "content-type": type,
    "x-filename": encodeURIComponent(name),
  };
  if (csrfToken) headers["x-csrf-token"] = csrfToken;
  let res: Response;
  try {
    res = await fetch(path, { method: "POST", headers, body: file, credentials: "same-origin" });
  } catch (err) {
    throw new ApiError(0, "network", String(err));
  }
  return answer<T>(res);
}
