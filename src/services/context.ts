// What every service gets: the store and a clock. Each named command runs in
// one transaction and writes exactly one audit entry.
import type { Actor } from "../domain/types.ts";
import { isoDate } from "../domain/period.ts";
import type { DB, Store } from "../storage/dialects/dialect.ts";
import { appendAudit, type AuditEntry } from "../storage/audit.repo.ts";

export interface Services {
  store: Store;
  now: () => Date;
}

export const today = (s: Services) => isoDate(s.now());

export function makeServices(store: Store, now: () => Date = () => new Date()): Services {
  return { store, now };
}

/** Runs a command in one transaction and records its single audit entry. */
export async function command<T>(
  s: Services,
  actor: Actor,
  run: (trx: DB, now: string) => Promise<{ result: T; audit: AuditEntry }>,
): Promise<T> {
  return s.store.db.transaction().execute(async (trx) => {
    const now = s.now().toISOString();
    const { result, audit } = await run(trx, now);
    await appendAudit(trx, actor, audit, now);
    return result;
  });
}
