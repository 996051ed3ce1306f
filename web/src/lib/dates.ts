// Days as the app types and checks them: YYYY-MM-DD in every browser, the
// same test the API makes, and whether a day falls in a plan's years.

/** YYYY-MM-DD: a day that exists, in the years the API accepts (1900–2199). */
export function isDay(v: string): boolean {
  if (!/^(19|20|21)\d{2}-\d{2}-\d{2}$/.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}

/** "2024/6/30", "2024.6.30", "2024年6月30日" as the ISO day they name; anything else unchanged. */
export function normalizeDay(v: string): string {
  const m = /^(\d{4})[./年-](\d{1,2})[./月-](\d{1,2})日?$/.exec(v.trim());
  return m ? `${m[1]}-${m[2]!.padStart(2, "0")}-${m[3]!.padStart(2, "0")}` : v.trim();
}

/** Today in the browser's calendar, as YYYY-MM-DD. */
export function todayIso(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/** Whether a day lies outside the plan's years (an unknown end is no limit). */
export function outsidePeriod(day: string, period: { from: number | null; to: number | null }): boolean {
  const year = Number(day.slice(0, 4));
  return (period.from !== null && year < period.from) || (period.to !== null && year > period.to);
}
