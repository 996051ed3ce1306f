// Read model of the dashboard: the overview (aggregates, deadlines,
// indicators), the overdue list and the units that owe a report.
import { deadlines, unitsOwingReport } from "../storage/commitment.repo.ts";
import { today, type Services } from "./context.ts";
import { overview } from "./overview.service.ts";
import { decodeCursor, limitOf, page, type PageQuery } from "./paging.ts";
import { commitmentViews, type CommitmentView } from "./read.service.ts";

/**
 * The overview with its upcoming and overdue rows joined to their goals and
 * units. `unit` scopes the rows to one unit (a reporter's): the items it
 * leads, owns or cooperates on, and the plan's indicators that are that
 * unit's or no unit's; the counts stay whole, as the public portal shows them.
 */
export async function planOverview(s: Services, planId: number, unit: number | null = null) {
  const o = await overview(s.store.db, planId, today(s));
  const views = await commitmentViews(s.store.db, [...o.upcoming, ...o.overdue], today(s));
  const byId = new Map(views.map((v) => [v.row.id, v]));
  const mine = (v: CommitmentView) =>
    unit === null || v.row.unit_id === unit || v.row.lead_unit_id === unit || v.cooperating.includes(unit);
  return {
    ...o,
    upcoming: o.upcoming.map((r) => byId.get(r.id)!).filter(mine),
    overdue: o.overdue.map((r) => byId.get(r.id)!).filter(mine),
    indicators:
      unit === null ? o.indicators : o.indicators.filter((t) => t.unit_id === unit || t.unit_id === null),
  };
}

/** The public portal's overview: the aggregates and indicators, no rows. */
export const publicOverview = (s: Services, planId: number) => overview(s.store.db, planId, today(s));

export async function overduePage(s: Services, planId: number, q: PageQuery) {
  const limit = limitOf(q);
  const rows = await deadlines(s.store.db, planId, "overdue", today(s), limit, decodeCursor(q.cursor));
  const p = page(rows, limit, (r) => r.due_date);
  return { items: await commitmentViews(s.store.db, p.items, today(s)), next: p.next };
}

export async function unitsOwing(s: Services, planId: number, period: string) {
  const rows = await unitsOwingReport(s.store.db, planId, period);
  return rows.map((r) => ({ unit_id: r.unit_id, unit_name: r.unit_name, missing: Number(r.missing) }));
}
