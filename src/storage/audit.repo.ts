// The append-only audit log: rows are inserted, never updated or deleted.
import type { Actor, AuditRecord } from "../domain/types.ts";
import type { DB } from "./dialects/dialect.ts";
import type { AuditRow } from "./schema.ts";

export interface AuditEntry {
  planId: number | null;
  action: string;
  entity: string;
  entityId: number | null;
  before: unknown;
  after: unknown;
}

export async function appendAudit(db: DB, actor: Actor, e: AuditEntry, now: string): Promise<void> {
  await db
    .insertInto("audit_log")
    .values({
      plan_id: e.planId,
      actor_id: actor.id,
      actor_name: actor.name,
      action: e.action,
      entity: e.entity,
      entity_id: e.entityId,
      before: e.before === undefined || e.before === null ? null : JSON.stringify(e.before),
      after: e.after === undefined || e.after === null ? null : JSON.stringify(e.after),
      at: now,
    })
    .execute();
}

const decode = (text: string | null): unknown => (text === null ? null : JSON.parse(text));
const toRecord = (r: AuditRow): AuditRecord => ({ ...r, before: decode(r.before), after: decode(r.after) });

export async function listAudit(
  db: DB,
  f: { planId?: number; entity?: string; entityId?: number; before: number | null; limit: number },
): Promise<AuditRecord[]> {
  let q = db
    .selectFrom("audit_log")
    .selectAll()
    .orderBy("id", "desc")
    .limit(f.limit + 1);
  if (f.planId !== undefined) q = q.where("plan_id", "=", f.planId);
  if (f.entity !== undefined) q = q.where("entity", "=", f.entity);
  if (f.entityId !== undefined) q = q.where("entity_id", "=", f.entityId);
  if (f.before !== null) q = q.where("id", "<", f.before);
  return (await q.execute()).map(toRecord);
}
