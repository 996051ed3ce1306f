// One synthetic document, pure: its text and its items with everything the
// app would have stored beside them — goal links, cooperating units, a
// target, progress reports — and the status the app's own rules
// (domain/status.ts) give them on `today`, so the fixture is what ingest,
// review and reporting would have left.
import { commitmentStatus, dueDate, targetStatus, type Verdict } from "../../domain/status.ts";
import { periodEnd } from "../../domain/period.ts";
import type { ReviewState, Status } from "../../domain/types.ts";
import type { Random } from "./random.ts";
import { LEADS, METRICS, NEXT, OBJECTS, PROGRESS, REPORTERS, TAILS } from "./words.ts";

export interface SyntheticTarget {
  metric: string;
  comparator: ">=";
  value: number;
  valueKind: "absolute" | "percent";
  unitOfMeasure: string;
  baselineValue: number;
  baselineYear: number;
  dueYear: number;
  span: [number, number];
  latestFigure: number | null;
  latestPeriod: string | null;
  verdict: Verdict;
}

export interface SyntheticReport {
  period: string;
  periodEnd: string;
  narrative: string;
  figure: number | null;
  complete: boolean;
  reporterName: string;
  reportedAt: string;
}

export interface SyntheticItem {
  text: string;
  span: [number, number];
  unitId: number;
  cooperating: number[];
  goals: { goalId: number; confidence: number; cueKind: string; cueText: string }[];
  reviewState: ReviewState;
  deadline: string | null;
  dueDate: string | null;
  status: Status;
  statusReason: string;
  target: SyntheticTarget | null;
  reports: SyntheticReport[];
}

export interface DocumentInput {
  size: number;
  year: number;
  today: string;
  unitIds: number[];
  unitNames: Map<number, string>;
  goals: { id: number; name: string }[];
  /** Mean progress reports per confirmed item. */
  reportsPerConfirmed: number;
}

const QUARTERS = ["Q1", "Q2", "Q3", "Q4"];

export function syntheticDocument(r: Random, d: DocumentInput): { text: string; items: SyntheticItem[] } {
  let text = "";
  const items: SyntheticItem[] = [];
  for (let i = 0; i < d.size; i++) {
    if (i % 40 === 0) text += `${chineseOrdinal(i / 40 + 1)}、${r.pick(d.goals).name}\n`;
    const unitId = d.unitIds[r.skewed(d.unitIds.length, 1.6)]!;
    const place = (d.unitNames.get(unitId) ?? "").replace(/(市|区|县).*$/, "$1");
    let clause = `${r.pick(LEADS)}${r.chance(0.5) ? place : ""}${r.pick(OBJECTS)}${r.pick(TAILS)}`;
    let target: SyntheticTarget | null = null;
    const start = text.length;
    if (r.chance(0.25)) {
      const m = r.pick(METRICS);
      const value = m.kind === "percent" ? r.int(m.min, m.max) : r.int(m.min, m.max);
      const dueYear = d.year + r.int(2, 5);
      const phrase = `力争到${dueYear}年${m.metric}达到${value}${m.uom}以上`;
      const at = start + clause.length + 1;
      clause += `，${phrase}`;
      target = {
        metric: m.metric,
        comparator: ">=",
        value,
        valueKind: m.kind,
        unitOfMeasure: m.uom,
        baselineValue: Math.round(value * (0.4 + r.next() * 0.4) * 10) / 10,
        baselineYear: d.year - 1,
        dueYear,
        span: [at, at + phrase.length],
        latestFigure: null,
        latestPeriod: null,
        verdict: { status: "not_started", reason: "no_report" },
      };
    }
    text += clause + (i % 10 === 9 ? "。\n" : "。");
    const reviewState: ReviewState = r.chance(0.72) ? "confirmed" : r.chance(0.75) ? "proposed" : "rejected";
    const deadline = r.chance(0.55) ? monthEnd(d.year + r.int(0, 4), r.int(1, 12)) : null;
    const reports = reviewState === "confirmed" ? reportsFor(r, d, target, place) : [];
    const last = reports[reports.length - 1];
    if (target && last) {
      const withFigure = [...reports].reverse().find((p) => p.figure !== null);
      target.latestFigure = withFigure?.figure ?? null;
      target.latestPeriod = withFigure?.period ?? null;
    }
    if (target) {
      target.verdict = targetStatus(
        {
          comparator: target.comparator,
          value: target.value,
          valueKind: target.valueKind,
          baselineValue: target.baselineValue,
          baselineYear: target.baselineYear,
          dueYear: target.dueYear,
          figure: target.latestFigure,
          period: target.latestPeriod,
        },
        d.today,
      );
    }
    const due = dueDate(deadline, target ? [target.dueYear] : []);
    const verdict = commitmentStatus(
      {
        dueDate: due,
        reportCount: reports.length,
        complete: reports.some((p) => p.complete),
        targets: target ? [target.verdict] : [],
        openMilestones: [],
      },
      d.today,
    );
    const goals = r.chance(0.85) ? pickGoals(r, d.goals) : [];
    items.push({
      text: clause,
      span: [start, start + clause.length],
      unitId,
      cooperating: r.chance(0.3)
        ? [
            ...new Set(Array.from({ length: r.int(1, 3) }, () => d.unitIds[r.int(0, d.unitIds.length - 1)]!)),
          ].filter((u) => u !== unitId)
        : [],
      goals,
      reviewState,
      deadline,
      dueDate: due,
      status: verdict.status,
      statusReason: verdict.reason,
      target,
      reports,
    });
  }
  return { text, items };
}

function pickGoals(r: Random, goals: { id: number; name: string }[]) {
  const first = goals[r.skewed(goals.length, 1.4)]!;
  const chosen = [first];
  if (r.chance(0.1) && goals.length > 1) {
    const second = r.pick(goals);
    if (second.id !== first.id) chosen.push(second);
  }
  return chosen.map((g) => ({
    goalId: g.id,
    confidence: Math.round((0.5 + r.next() * 0.45) * 100) / 100,
    cueKind: r.pick(["explicit", "lead_in", "subject"]),
    cueText: g.name,
  }));
}

function reportsFor(
  r: Random,
  d: DocumentInput,
  target: SyntheticTarget | null,
  place: string,
): SyntheticReport[] {
  // Uniform in [0, 2λ]: mean λ, some items silent, some reporting every quarter.
  const wanted = Math.floor(r.next() * (2 * d.reportsPerConfirmed + 1));
  const out: SyntheticReport[] = [];
  let progress = 0;
  for (let k = 0; k < wanted; k++) {
    const year = d.year + Math.floor(k / 4);
    const period = `${year}${QUARTERS[k % 4]}`;
    const end = periodEnd(period)!;
    if (end >= d.today) break;
    progress = Math.min(1.15, progress + r.next() * 0.35);
    const figure =
      target && r.chance(0.8)
        ? Math.round((target.baselineValue + (target.value - target.baselineValue) * progress) * 10) / 10
        : null;
    const narrative = (r.pick(PROGRESS) + r.pick(NEXT))
      .replace("{p}", String(Math.round(progress * 100)))
      .replaceAll("{n}", String(r.int(1, 30)));
    out.push({
      period,
      periodEnd: end,
      narrative,
      figure,
      complete: k === wanted - 1 && r.chance(0.12),
      reporterName: `${r.pick(REPORTERS)}某（${place}）`,
      reportedAt: `${addDays(end, r.int(3, 25))}T09:00:00.000Z`,
    });
  }
  return out;
}

function monthEnd(year: number, month: number): string {
  return periodEnd(`${year}-${String(month).padStart(2, "0")}`)!;
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(date) + days * 86_400_000).toISOString().slice(0, 10);
}

const DIGITS = "零一二三四五六七八九";
function chineseOrdinal(n: number): string {
  if (n < 10) return DIGITS[n]!;
  if (n < 20) return "十" + (n % 10 ? DIGITS[n % 10] : "");
  if (n < 100) return DIGITS[Math.floor(n / 10)] + "十" + (n % 10 ? DIGITS[n % 10] : "");
  return String(n);
}
