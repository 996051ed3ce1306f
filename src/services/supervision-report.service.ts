// The 督查通报 for a period: gathers the plan's confirmed commitments, the
// progress filed within the period and who owes reports, and hands the plain
// data to the .docx builder. Statuses are as stored on the day it is made
// (the same the dashboard shows); progress is what was filed for the period.
// The units' assessment scores and ranks for the period come from the same
// rules as the 考核排名 page (services/cycle/assessment.service.ts).
import { LantuError } from "../errors.ts";
import { periodEnd } from "../domain/period.ts";
import { STATUSES, type Status, type Plan } from "../domain/types.ts";
import {
  buildSupervisionReport,
  chineseDate,
  periodLabel,
  type AttentionItem,
  type ReportItem,
  type SupervisionReportData,
} from "../exchange/index.ts";
import type { DB } from "../storage/dialects/dialect.ts";
import { today, type Services } from "./context.ts";
import { latestProgress, selectItems, unitNames } from "./export-items.ts";
import { assessmentOf } from "./cycle/assessment.service.ts";

/** The first day of a period: 2023Q2 → 2023-04-01. */
export function periodStart(period: string): string | null {
  const m = /^(\d{4})(?:H([12])|Q([1-4])|-(\d{2}))?$/.exec(period);
  if (!m || !periodEnd(period)) return null;
  const month = m[2]
    ? (Number(m[2]) - 1) * 6 + 1
    : m[3]
      ? (Number(m[3]) - 1) * 3 + 1
      : m[4]
        ? Number(m[4])
        : 1;
  return `${m[1]}-${String(month).padStart(2, "0")}-01`;
}

const addDays = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** Items due within this many days of the report that are not done need attention. */
export const DUE_SOON_DAYS = 90;

export async function supervisionReportData(
  db: DB,
  plan: Plan,
  period: string,
  day: string,
  issuer: string,
): Promise<SupervisionReportData> {
  const from = periodStart(period);
  const to = periodEnd(period);
  if (!from || !to) {
    throw new LantuError(
      "validation",
      `period: "${period}" is not a period (2023, 2023H1, 2023Q1, 2023-03)`,
      {
        field: "period",
        rule: "format",
      },
    );
  }
  const rows = await selectItems(db, { planId: plan.id, reviewStates: ["confirmed"] });
  const progress = await latestProgress(
    db,
    rows.map((r) => r.id),
    { from, to },
  );
  const name = await unitNames(db);
  const byStatus = Object.fromEntries(STATUSES.map((k) => [k, 0])) as Record<Status, number>;
  const units = new Map<string, ReportItem[]>();
  const owing = new Map<string, number>();
  const reporting = new Set<string>();
  const overdue: ReportItem[] = [];
  const attention: AttentionItem[] = [];
  const soon = addDays(day, DUE_SOON_DAYS);

  for (const r of rows) {
    const unit = name(r.lead_unit_id ?? r.unit_id) ?? "未明确牵头单位";
    const p = progress.get(r.id) ?? null;
    const item: ReportItem = {
      id: r.id,
      text: r.text,
      status: r.status,
      lead: name(r.lead_unit_id ?? r.unit_id),
      deadline: r.due_date,
      progress: p?.narrative ?? null,
    };
    if (r.status in byStatus) byStatus[r.status as Status]++;
    units.set(unit, [...(units.get(unit) ?? []), item]);
    if (p) reporting.add(unit);
    else if (r.status !== "done") owing.set(unit, (owing.get(unit) ?? 0) + 1);
    if (r.status === "overdue") overdue.push(item);
    else if (r.status === "behind") attention.push({ ...item, reason: "进度滞后" });
    else if (r.status !== "done" && r.due_date && r.due_date <= soon) {
      attention.push({ ...item, reason: `将于${chineseDate(r.due_date)}到期` });
    }
  }
  const filed = await db
    .selectFrom("progress_reports as p")
    .innerJoin("commitments as c", "c.id", "p.commitment_id")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("p.plan_id", "=", plan.id)
    .where("c.review_state", "=", "confirmed")
    .where("p.period_end", ">=", from)
    .where("p.period_end", "<=", to)
    .executeTakeFirst();
  overdue.sort((a, b) => (a.deadline ?? "").localeCompare(b.deadline ?? "") || a.id - b.id);
  // A period that has not started has nothing to assess yet (the report itself may still be drafted).
  const ranking =
    from > day
      ? null
      : (await assessmentOf(db, plan.id, period, day)).units.map((u) => ({
          unit: u.unit,
          rank: u.rank,
          score: u.score,
          reports: u.reports,
          items: u.items,
          targets: u.targets,
          warnings: u.warnings,
        }));

  return {
    issuer,
    plan: plan.name,
    period,
    periodLabel: periodLabel(period),
    asOf: day,
    issuedOn: day,
    summary: {
      total: rows.length,
      byStatus,
      reports: Number(filed?.n ?? 0),
      reportingUnits: reporting.size,
      owingUnits: [...owing].map(([unit, missing]) => ({ unit, missing })),
    },
    units: [...units].map(([unit, items]) => ({ unit, items })),
    ranking,
    overdue,
    attention,
  };
}

export async function supervisionReport(
  s: Services,
  plan: Plan,
  period: string,
  issuer = "督查室",
): Promise<{ bytes: Buffer; data: SupervisionReportData }> {
  const data = await supervisionReportData(s.store.db, plan, period, today(s), issuer);
  return { bytes: await buildSupervisionReport(data), data };
}
