// Read model of targets: a plan's targets, or only its own indicators.
import { listTargets } from "../storage/target.repo.ts";
import type { Services } from "./context.ts";
import { afterId, limitOf, page, type PageQuery } from "./paging.ts";

export async function targetsPage(s: Services, planId: number, q: PageQuery & { indicators?: boolean }) {
  const limit = limitOf(q);
  const rows = await listTargets(s.store.db, {
    planId,
    indicators: q.indicators,
    after: afterId(q),
    limit,
  });
  return page(rows, limit, (r) => r.id);
}
