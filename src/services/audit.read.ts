// Read model of the audit log, newest first.
import { listAudit } from "../storage/audit.repo.ts";
import type { Services } from "./context.ts";
import { afterId, limitOf, page, type PageQuery } from "./paging.ts";

export interface AuditQuery extends PageQuery {
  plan?: number;
  entity?: string;
  entityId?: number;
}

export async function auditPage(s: Services, q: AuditQuery) {
  const limit = limitOf(q);
  const rows = await listAudit(s.store.db, {
    planId: q.plan,
    entity: q.entity,
    entityId: q.entityId,
    before: afterId(q),
    limit,
  });
  return page(rows, limit, (r) => r.id);
}
