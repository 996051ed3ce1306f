// The document's reference year (今年) when the caller gives none: its
// dateline, else the year the text itself treats as this year, else the
// latest year it mentions.
import { parseNumeral } from "./targets/numerals.ts";

const YEAR = "((?:19|20)\\d{2})";
/** A full date: 2025-02-18, 2024年1月9日, 2023/3/5. */
const DATELINE = new RegExp(`(?<!\\d)${YEAR}(?:[-/.]\\d{1,2}[-/.]\\d{1,2}|年\\d{1,2}月\\d{1,2}日)`);
const HEAD_LINES = 6;

const N = "[\\d一二两三四五六七八九十]+";

/** Cues that name this year: each returns the year it implies. */
const THIS_YEAR: [RegExp, (m: RegExpExecArray) => number | null][] = [
  // 2023年是全面贯彻…的开局之年
  // 2024年是杉湖镇确定的“产业攻坚年”
  [new RegExp(`(?<![到至\\d])${YEAR}年是[^。；]{0,40}?(?:之年|一年|年”)`), (m) => Number(m[1])],
  // 今年是2023年
  [new RegExp(`(?:今年|本年)是${YEAR}年`), (m) => Number(m[1])],
  // 2022年，南岗区将…
  [new RegExp(`(?<![到至\\d])${YEAR}年[，,][^。；，]{0,20}?(?:将|要|力争)`), (m) => Number(m[1])],
  // 部署2024年任务；2024年工作安排
  [new RegExp(`(?:部署|安排|谋划)${YEAR}年`), (m) => Number(m[1])],
  // 回顾2023年工作 → the report speaks in 2024
  [new RegExp(`(?:回顾|总结)了?${YEAR}年`), (m) => Number(m[1]) + 1],
  // 今后五年…到2028年 → 2023
  [
    new RegExp(`(?:今后|未来)(${N})年[^。]{0,60}?(?:到|至)${YEAR}年`),
    (m) => {
      const n = parseNumeral(m[1]!);
      return n === null ? null : Number(m[2]) - n;
    },
  ],
];

/** The same full date, its month kept. */
const DATELINE_MONTH = new RegExp(`(?<!\\d)${YEAR}(?:[-/.](\\d{1,2})[-/.]\\d{1,2}|年(\\d{1,2})月\\d{1,2}日)`);
/** The first month of a year's last quarter: a report given then looks back on the year itself. */
const LATE_MONTH = 10;

/**
 * True when the head of the text dates it in the last quarter of `year`
 * (——2018年12月26日在…会议上): a year-end report (a 述职 report to the people's
 * congress standing committee), whose 一年来 is the year it is given in.
 */
export function givenLateIn(text: string, year: number | null): boolean {
  if (year === null) return false;
  // Only the first few lines: a dateline further down dates something else.
  let end = 0;
  for (let lines = 0; lines < HEAD_LINES && end !== -1;) {
    const next = text.indexOf("\n", end + 1);
    if (text.slice(end, next === -1 ? text.length : next).trim()) lines++;
    end = next;
  }
  const m = DATELINE_MONTH.exec(end === -1 ? text : text.slice(0, end));
  return m !== null && Number(m[1]) === year && Number(m[2] ?? m[3]) >= LATE_MONTH;
}

const ANY_YEAR = new RegExp(`(?<!\\d)${YEAR}(?!\\d)`, "g");

export function inferYear(text: string): number | null {
  const head = text
    .split("\n")
    .filter((l) => l.trim())
    .slice(0, HEAD_LINES)
    .join("\n");
  const dated = DATELINE.exec(head);
  if (dated) return Number(dated[1]);
  for (const [re, year] of THIS_YEAR) {
    const m = re.exec(text);
    const y = m ? year(m) : null;
    if (y !== null) return y;
  }
  let latest: number | null = null;
  for (const m of text.matchAll(ANY_YEAR)) latest = Math.max(latest ?? 0, Number(m[1]));
  return latest;
}
