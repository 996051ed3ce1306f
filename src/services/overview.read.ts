// Read model of the dashboard: the overview (aggregates, deadlines,
// indicators), the overdue list and the units that owe a report.
import { deadlines, unitsOwingReport } from "../storage/commitment.repo.ts";
import { today, type Services } from "./context.ts";
import { overview } from "./overview.service.ts";
import { decodeCursor, limitOf, page, type PageQuery } from "./paging.ts";
import { commitmentViews } from "./read.service.ts";

/** The overview with its upcoming and overdue rows joined to their goals and units. */
export async function planOverview(s: Services, planId: number) {
  const o = await overview(s.store.db, planId, today(s));
  const views = await commitmentViews(s.store.db, [...o.upcoming, ...o.overdue]);
  const byId = new Map(views.map((v) => [v.row.id, v]));
  return {
    ...o,
    upcoming: o.upcoming.map((r) => byId.get(r.id)!),
    overdue: o.overdue.map((r) => byId.get(r.id)!),
  };
}

/** The public portal's overview: the aggregates and indicators, no rows. */
export const publicOverview = (s: Services, planId: number) => overview(s.store.db, planId, today(s));

export async function overduePage(s: Services, planId: number, q: PageQuery) {
  const limit = limitOf(q);
  const rows = await deadlines(s.store.db, planId, "overdue", today(s), limit, decodeCursor(q.cursor));
  const p = page(rows, limit, (r) => r.due_date);
  return { items: await commitmentViews(s.store.db, p.items), next: p.next };
}

export async function unitsOwing(s: Services, planId: number, period: string) {
  const rows = await unitsOwingReport(s.store.db, planId, period);
  return rows.map((r) => ({ unit_id: r.unit_id, unit_name: r.unit_name, missing: Number(r.missing) }));
}
