// Numbers, dates and periods as people read them.
import type { Lang } from "../i18n/i18n.tsx";

export function num(v: number | null | undefined, lang: Lang): string {
  if (v === null || v === undefined) return "—";
  return new Intl.NumberFormat(lang === "zh" ? "zh-CN" : "en-GB", { maximumFractionDigits: 2 }).format(v);
}

export function date(iso: string | null | undefined): string {
  return iso ? iso.slice(0, 10) : "—";
}

export function dateTime(iso: string | null | undefined): string {
  return iso ? iso.slice(0, 16).replace("T", " ") : "—";
}

/** The current reporting period: the calendar quarter, e.g. 2026Q4. */
export function currentPeriod(now = new Date()): string {
  return `${now.getFullYear()}Q${Math.floor(now.getMonth() / 3) + 1}`;
}

export const PERIOD_RE = /^\d{4}(H[12]|Q[1-4]|-(0[1-9]|1[0-2]))?$/;

/** A period's end as a fractional year, for charts (2024Q2 → 2024.5). */
export function periodYear(p: string): number {
  const y = Number(p.slice(0, 4));
  const rest = p.slice(4);
  if (!rest) return y + 1;
  if (rest[0] === "H") return y + Number(rest[1]) / 2;
  if (rest[0] === "Q") return y + Number(rest[1]) / 4;
  return y + Number(rest.slice(1)) / 12;
}
