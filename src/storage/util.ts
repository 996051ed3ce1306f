// Small helpers the repositories share: JSON columns, keyset cursors and the
// optimistic-concurrency update every mutable record goes through.
import { LantuError } from "../errors.ts";
import type { DB } from "./dialects/dialect.ts";
import type { Database } from "./schema.ts";

export const json = (v: unknown): string => JSON.stringify(v);
export function parseList(text: string | null): string[] {
  if (!text) return [];
  const v: unknown = JSON.parse(text);
  return Array.isArray(v) ? v.map(String) : [];
}
export function parseNumbers(text: string | null): number[] {
  if (!text) return [];
  const v: unknown = JSON.parse(text);
  return Array.isArray(v) ? v.map(Number) : [];
}

/** A keyset cursor: the sort key and id of the last row of a page, opaque to clients. */
export type Cursor = [string | number | null, number];
export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify(c)).toString("base64url");
}
export function decodeCursor(s: string | undefined): Cursor | null {
  if (!s) return null;
  try {
    const v: unknown = JSON.parse(Buffer.from(s, "base64url").toString());
    // Checked to the type, not just the shape: ["a", 1.5] compares a float to an id column.
    if (Array.isArray(v) && v.length === 2 && Number.isSafeInteger(v[1]) && v[1] >= 0 && isKey(v[0]))
      return v as Cursor;
  } catch {
    // fall through
  }
  throw new LantuError("validation", "cursor: not a cursor this API issued", { field: "cursor" });
}

const isKey = (k: unknown) =>
  k === null ||
  (typeof k === "number" && Number.isFinite(k)) ||
  (typeof k === "string" && k.length <= 100 && !k.includes("\u0000"));

export interface Page<T> {
  items: T[];
  next: string | null;
}

export function page<T extends { id: number }>(
  rows: T[],
  limit: number,
  key: (r: T) => string | number | null,
) {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, next: rows.length > limit && last ? encodeCursor([key(last), last.id]) : null };
}

type Versioned = {
  [K in keyof Database]: Database[K] extends { id: unknown; version: unknown } ? K : never;
}[keyof Database];

/**
 * Updates one row only if it still has the version the writer read. A stale
 * version is a 409 and changes nothing; a missing row is a 404.
 */
export async function updateVersioned(
  db: DB,
  table: Versioned,
  id: number,
  version: number,
  patch: Record<string, unknown>,
): Promise<void> {
  const t = table as "plans";
  const res = await db
    .updateTable(t)
    .set({ ...(patch as object), version: version + 1 })
    .where("id", "=", id)
    .where("version", "=", version)
    .executeTakeFirst();
  if (Number(res.numUpdatedRows) === 1) return;
  const row = await db.selectFrom(t).select(["version"]).where("id", "=", id).executeTakeFirst();
  if (!row) throw new LantuError("not_found", `${table.replace(/s$/, "")} ${id} not found`);
  const entity = table.replace(/s$/, "");
  throw new LantuError(
    "stale_version",
    `${entity} ${id} was changed by someone else (version ${row.version}, you sent ${version}); reload and retry`,
    { entity, current_version: row.version },
  );
}
