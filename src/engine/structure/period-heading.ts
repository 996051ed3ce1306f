// An unnumbered heading that names a period: a WeChat article or a bulletin
// sets its parts apart by decorated lines (✨上半年工作亮点✨, 🚀下半年工作打算🚀,
// 【2023年工作回顾】) instead of 一、/（一）. Such a line opens a section as a
// numbered heading does, so that its period (and whether it reviews it) holds
// for every line under it, down to the next heading.
import layout from "../../../lexicon/layout.json" with { type: "json" };
import { WordSet } from "../text/wordset.ts";

const PERIODS = new WordSet(layout.periodHeadings.periods);
const HEADS = new WordSet(layout.periodHeadings.heads);
/** The longest such heading, decoration left out. */
const MAX_LENGTH = 12;
const YEAR = /(?:19|20)\d{2}年/;

/**
 * True for a short line of words only (no clause mark: 上半年，街道… is a sentence), framed by
 * nothing or by symbols, that names a period and ends in a heading word.
 */
export function isPeriodHeading(line: string): boolean {
  if (framedPeriod(line)) return true;
  if (line.length > MAX_LENGTH + 8 || /[，。！？；：:,、“”]/.test(line)) return false;
  // The words: the decoration around them (emoji, brackets, bullets) is not part of the heading.
  const words = /[\u4e00-\u9fa5\d][\u4e00-\u9fa5\d ]*[\u4e00-\u9fa5]/.exec(line);
  if (!words || words[0].length > MAX_LENGTH) return false;
  const w = words[0].replace(/ /g, "");
  if (HEADS.endsAt(w, w.length, Infinity) === null) return false;
  return YEAR.test(w) || PERIODS.findAll(w, 0, w.length).length > 0;
}

/**
 * A line framed by the same mark at both ends (🚀 2025，我们这样干 🚀, 🔥 数说2024 🔥): a WeChat
 * article's part heading, whatever its words, even with a comma. It opens a section when it
 * names a year (written bare, as such headings do: 2025，…) or a period.
 */
const FRAMED = /^([^\p{Script=Han}\p{N}\p{L}\s“”‘’（）()【】《》「」"'])\uFE0F?\s*(\S.{0,22}?)\s*\1\uFE0F?$/u;
const BARE_YEAR = /(?:19|20)\d{2}(?!\d)/;

function framedPeriod(line: string): boolean {
  if (line.length > 32 || /[。！？；]/.test(line)) return false;
  const m = FRAMED.exec(line.trim());
  if (!m) return false;
  const words = m[2]!;
  return BARE_YEAR.test(words) || PERIODS.findAll(words, 0, words.length).length > 0;
}
