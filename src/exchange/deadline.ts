// Deadlines as task tables write them: Excel dates and serials, ISO dates,
// and the office's own words. Rules (all end-of-period, since a task "due in
// June" is on time until the last day of June):
//   2023-06-30, 2023/6/30, 2023.6.30, 2023年6月30日(前)   → that day
//   2023年6月(底|末|前)                                   → 30 June 2023
//   2023年(底|末|年底|前|内)、2025年                       → 31 December
//   2023年上半年 / 下半年                                   → 30 June / 31 December
//   2023年三季度(末)、第3季度、Q3                          → end of the quarter
//   6月底、三季度末、年底前 (no year)                      → in the reference year
//   2023—2025年, 2023-2025年                              → end of the last year
//   长期坚持、持续推进、常态化…                            → ongoing (no date)
// A text naming several dates ("2022年底前开工，2023年建成") is due at the
// latest of them. Integers 1949–2100 are years; larger numbers are Excel
// serial dates (days since 1899-12-30, the 1900 leap-year bug included).

import { countValue } from "../engine/index.ts";

export type Deadline =
  | { kind: "none" }
  | { kind: "date"; date: string }
  | { kind: "ongoing" }
  | { kind: "invalid"; reason: string };

const ONGOING =
  /长期坚持|持续推进|长期推进|持续实施|持续开展|长期|持续|常态化|常年|每年|逐年|定期|动态|按年度|年度推进/;

const pad = (n: number) => String(n).padStart(2, "0");

function lastDay(year: number, month: number): string {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${pad(month)}-${pad(day)}`;
}

function validDay(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCMonth() === month - 1 ? `${year}-${pad(month)}-${pad(day)}` : null;
}

/** Days since 1899-12-30 (Excel's epoch, which absorbs its 1900 leap-year bug) as YYYY-MM-DD. */
export function excelSerialDate(serial: number): string {
  const ms = Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000;
  return new Date(ms).toISOString().slice(0, 10);
}

/** A month or quarter number written in digits or Chinese (6, 六, 十二); NaN when it is none. */
const num = (s: string) => countValue(s) ?? NaN;

const YEAR_OK = (y: number) => y >= 1949 && y <= 2100;

/** Every date the text names, with the spans they took. */
function datesIn(text: string, refYear: number): { dates: string[]; bad: string[]; rest: string } {
  const dates: string[] = [];
  const bad: string[] = [];
  let rest = text;
  const take = (re: RegExp, f: (m: RegExpExecArray) => string | null) => {
    rest = rest.replace(re, (...args: unknown[]) => {
      const m = args.slice(0, -2) as unknown as RegExpExecArray;
      const d = f(m);
      if (d === null) return m[0];
      if (d === "bad") bad.push(m[0]);
      else dates.push(d);
      return " ";
    });
  };
  const Y = "(\\d{4})\\s*年?";
  const M = "(\\d{1,2}|十[一二]?|[一二三四五六七八九])";
  // Ranges first: the last year of 2023—2025年 (but not 2023-06-30).
  take(/(\d{4})\s*[—–\-~～至到]+\s*(\d{4})\s*年/g, (m) => {
    const y = Number(m[2]);
    return YEAR_OK(y) ? lastDay(y, 12) : null;
  });
  // Full dates: 2023-06-30, 2023/6/30, 2023.6.30, 2023年6月30日.
  take(/(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?/g, (m) =>
    YEAR_OK(Number(m[1])) ? (validDay(Number(m[1]), Number(m[2]), Number(m[3])) ?? "bad") : null,
  );
  // Year and month: 2023年6月(底|末|前), 2023-06, 2023/6.
  take(new RegExp(`${Y}${M}\\s*月(?:份)?(?:[底末前中]|以前|之前)?`, "g"), (m) => {
    const y = Number(m[1]);
    const mo = num(m[2]!);
    if (!YEAR_OK(y)) return null;
    return mo >= 1 && mo <= 12 ? lastDay(y, mo) : "bad";
  });
  take(/(\d{4})\s*[-/.]\s*(\d{1,2})(?!\d)/g, (m) => {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    return YEAR_OK(y) && mo >= 1 && mo <= 12 ? lastDay(y, mo) : null;
  });
  // Halves and quarters, with or without a year.
  const half = (y: number, h: string) => (h === "上" ? lastDay(y, 6) : lastDay(y, 12));
  take(/(?:(\d{4})\s*年)?\s*([上下])半年/g, (m) => half(m[1] ? Number(m[1]) : refYear, m[2]!));
  take(/(?:(\d{4})\s*年)?\s*第?([一二三四1-4])\s*季度/g, (m) => {
    const q = num(m[2]!);
    return lastDay(m[1] ? Number(m[1]) : refYear, q * 3);
  });
  take(/(?:(\d{4})\s*年?)?\s*Q([1-4])/gi, (m) => lastDay(m[1] ? Number(m[1]) : refYear, Number(m[2]) * 3));
  // A month without a year: 6月底, 十二月.
  take(new RegExp(`${M}\\s*月(?:份)?(?:[底末前中]|以前|之前)?`, "g"), (m) => {
    const mo = num(m[1]!);
    return mo >= 1 && mo <= 12 ? lastDay(refYear, mo) : null;
  });
  // A year alone: 2022年底, 2025年, 2025.
  take(/(\d{4})\s*(?:年(?:底|末|年底|年末|前|以前|之前|内)?)?/g, (m) => {
    const y = Number(m[1]);
    return YEAR_OK(y) ? lastDay(y, 12) : null;
  });
  // This year: 年底前, 年内, 今年.
  take(/年底|年末|年内|今年|本年/g, () => lastDay(refYear, 12));
  take(/明年/g, () => lastDay(refYear + 1, 12));
  return { dates, bad, rest };
}

/**
 * Reads a deadline cell. `refYear` dates texts that name no year ("6月底",
 * "三季度末"): the table's year, or the year it is imported.
 */
export function parseDeadline(value: unknown, refYear: number): Deadline {
  if (value === null || value === undefined) return { kind: "none" };
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return { kind: "invalid", reason: "not a valid date" };
    return { kind: "date", date: value.toISOString().slice(0, 10) };
  }
  if (typeof value === "number") {
    if (Number.isInteger(value) && YEAR_OK(value)) return { kind: "date", date: lastDay(value, 12) };
    if (value >= 18264 && value < 73051) return { kind: "date", date: excelSerialDate(value) }; // 1950–2099
    return { kind: "invalid", reason: `${value} is neither a year nor an Excel date` };
  }
  const text = String(value).normalize("NFKC").replace(/\s+/g, " ").trim();
  if (!text || /^[-—/无]$/.test(text)) return { kind: "none" };
  const { dates, bad, rest } = datesIn(text, refYear);
  if (bad.length)
    return { kind: "invalid", reason: `"${bad[0]!.trim()}" is not a date (no such month or day)` };
  if (dates.length) return { kind: "date", date: dates.sort().at(-1)! };
  if (ONGOING.test(rest)) return { kind: "ongoing" };
  return {
    kind: "invalid",
    reason: `"${text}" is not a deadline (write a date, 2023年6月底, 三季度末, 2025年 or 长期坚持)`,
  };
}
