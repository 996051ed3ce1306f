// Read models derived from the aggregate tables alone, cached per database
// handle, plan and kind while the plan's aggregate generation stays the same:
// every change to the aggregates bumps it in its own transaction, so a cached
// answer is never older than the data (across processes too). The generation
// is read before the aggregates, so a write landing in between can only make
// the cached copy newer than its label, never older. One primary-key lookup
// per request instead of a GROUP BY that grows with units × goals.
import { aggregateGeneration } from "../storage/aggregate.repo.ts";
import type { DB } from "../storage/dialects/dialect.ts";
import type { Services } from "./context.ts";

type Entry = { generation: number; value: unknown };
const cache = new WeakMap<DB, Map<string, Entry>>();

export async function byGeneration<T>(
  db: DB,
  planId: number,
  kind: string,
  load: () => Promise<T>,
): Promise<T> {
  const generation = await aggregateGeneration(db, planId);
  let entries = cache.get(db);
  if (!entries) cache.set(db, (entries = new Map()));
  const key = `${kind}:${planId}`;
  const hit = entries.get(key);
  if (hit && hit.generation === generation) return hit.value as T;
  const value = await load();
  entries.set(key, { generation, value });
  return value;
}

/**
 * Values kept under the database's change mark (Store.changeMark): an entry
 * answers only while the mark is what it was when the entry's data began to
 * be read, i.e. while nothing it counts has been committed since (a write
 * to any table but the quiet ones: sessions, notifications, outbox;
 * storage/dialects/change-mark.ts). Coarser than the plan generation above
 * (any such write anywhere makes every entry stale),
 * and so it needs nothing from the writes: no write path can forget to
 * invalidate it, whichever process or thread it runs in. The least recently
 * used entries go past `maxEntries` or `maxBytes`.
 */
export class MarkedCache<V> {
  private readonly entries = new Map<string, { mark: string; value: V; bytes: number }>();
  private bytes = 0;

  constructor(
    private readonly maxEntries: number,
    private readonly maxBytes = Number.POSITIVE_INFINITY,
  ) {}

  get(key: string, mark: string): V | undefined {
    const e = this.entries.get(key);
    if (!e) return undefined;
    this.drop(key);
    if (e.mark !== mark) return undefined;
    // Map order is insertion order: re-inserting marks it most recently used.
    this.entries.set(key, e);
    this.bytes += e.bytes;
    return e.value;
  }

  set(key: string, mark: string, value: V, bytes = 0): void {
    this.drop(key);
    if (bytes > this.maxBytes) return;
    this.entries.set(key, { mark, value, bytes });
    this.bytes += bytes;
    while (this.entries.size > this.maxEntries || this.bytes > this.maxBytes)
      this.drop(this.entries.keys().next().value!);
  }

  get size(): number {
    return this.entries.size;
  }

  private drop(key: string): void {
    const e = this.entries.get(key);
    if (!e) return;
    this.entries.delete(key);
    this.bytes -= e.bytes;
  }
}

/** The mark to read before the data an answer is cached from (see Store.changeMark). */
export const changeMark = (s: Services) => s.store.changeMark();
