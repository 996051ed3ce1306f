// Reporting periods: "2024" (year), "2024H1", "2024Q3", "2024-07" (month).
// A period is judged at its last day, so a figure for 2024Q1 is compared to
// where the trajectory should stand on 31 March 2024.

const PERIOD = /^(\d{4})(?:(H[12])|(Q[1-4])|-(0[1-9]|1[0-2]))?$/;

export function isPeriod(value: string): boolean {
  return PERIOD.test(value);
}

/** The last day of a period as YYYY-MM-DD; null when the text is not a period. */
export function periodEnd(period: string): string | null {
  const m = PERIOD.exec(period);
  if (!m) return null;
  const year = Number(m[1]);
  let month = 12;
  if (m[2]) month = m[2] === "H1" ? 6 : 12;
  else if (m[3]) month = Number(m[3].slice(1)) * 3;
  else if (m[4]) month = Number(m[4]);
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

export function yearEnd(year: number): string {
  return `${year}-12-31`;
}

/** Fraction of the way from date a to date b at date t, clamped to [0, 1]. */
export function fraction(a: string, b: string, t: string): number {
  const ta = Date.parse(a);
  const tb = Date.parse(b);
  const tt = Date.parse(t);
  if (tb <= ta) return 1;
  return Math.min(1, Math.max(0, (tt - ta) / (tb - ta)));
}

export function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}
