// Read models derived from the aggregate tables alone, cached per database
// handle, plan and kind while the plan's aggregate generation stays the same:
// every change to the aggregates bumps it in its own transaction, so a cached
// answer is never older than the data (across processes too). The generation
// is read before the aggregates, so a write landing in between can only make
// the cached copy newer than its label, never older. One primary-key lookup
// per request instead of a GROUP BY that grows with units × goals.
import { aggregateGeneration } from "../storage/aggregate.repo.ts";
import type { DB } from "../storage/dialects/dialect.ts";

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
