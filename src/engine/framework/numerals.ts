// Small count words in labels (六个强市, 四个区, 五区五高地). Labels only use
// counts up to a few dozen, which a table reads exactly; amounts with 万/亿
// go through the targets stage's numeral parser (nzh). That parser is not
// used here on purpose: it reads 两三 ("two or three") as 23 and 百 as 100,
// where a label count must be exact or nothing.
import { matchesOf } from "../text/matches.ts";

const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  双: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** The value of a count word such as 七, 十二, 两 or 12; null when it is none. */
export function countValue(word: string): number | null {
  if (/^\d+$/.test(word)) return Number(word);
  if (!word) return null;
  if (word === "十") return 10;
  const ten = word.indexOf("十");
  if (ten >= 0) {
    const tens = ten === 0 ? 1 : DIGITS[word.slice(0, ten)];
    const ones = ten === word.length - 1 ? 0 : DIGITS[word.slice(ten + 1)];
    return tens === undefined || ones === undefined ? null : tens * 10 + ones;
  }
  if (word.length === 1) return DIGITS[word] ?? null;
  return null;
}

const COUNT_WORD = /\d+|[一二两三四五六七八九十双]+/g;

/** Counts written in a label: 一城两区三带 → [1, 2, 3]; 六个强市 → [6]. */
export function countsIn(label: string): number[] {
  const out: number[] = [];
  for (const m of matchesOf(COUNT_WORD, label)) {
    const v = countValue(m[0]);
    if (v !== null) out.push(v);
  }
  return out;
}
