// How much a document may weigh, in one place, and how sizes are worded in
// the errors that cite these limits.

/** The default limit on a document's size: generous for any plan document, small enough to hold in memory. */
export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

/**
 * The highest limit a caller may set: a decoded document is one JS string,
 * and V8 strings stop at 2^29 - 24 UTF-16 units (~512 M), which a 512 MB
 * ASCII file would already pass.
 */
export const HARD_MAX_BYTES = 500 * 1024 * 1024;

/** A byte count as people read it in a message: "200.0 MB", "3 bytes". */
export function megabytes(bytes: number): string {
  if (!Number.isFinite(bytes)) return "over 4 GB";
  if (bytes < 1024 * 1024) return `${bytes} bytes`;
  const mb = bytes / 1024 / 1024;
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
}
