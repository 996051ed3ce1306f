// Keyset pages as the read models hand them out: the caller's opaque cursor
// and limit in, `{ items, next }` out.
import { decodeCursor } from "../storage/util.ts";

export interface PageQuery {
  cursor?: string;
  limit?: number;
}
export const DEFAULT_LIMIT = 50;
export const limitOf = (q: PageQuery) => q.limit ?? DEFAULT_LIMIT;
/** The id of the last row of the previous page (null on the first page). */
export const afterId = (q: PageQuery) => decodeCursor(q.cursor)?.[1] ?? null;
export { decodeCursor, page, type Page } from "../storage/util.ts";
