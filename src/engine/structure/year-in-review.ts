// 今年 in a year-end review: a township head says "今年全镇完成财政收入1.36亿元。
// 明年，该镇将…". Where a paragraph turns to 明年 after a sentence that opened on
// 今年 and pledged nothing, that 今年 is the year being reviewed: what it states
// was done (a baseline of the reference year), not a plan. A mid-year review reads
// the same with halves: "上半年（1—6月）全区完成…。下半年，区发改局将…".
import type { DocSentence } from "../document.ts";
import { WordPositions } from "./word-positions.ts";

const ATTRIBUTION = "(?:[^，。；“”]{2,24}?(?:表示|介绍|说|指出|汇报|谈到)，)?";
/** A sentence opening on 今年 (after an attribution: 某某表示，今年…), not 今年以来. */
const OPENS_THIS_YEAR = new RegExp(`^${ATTRIBUTION}今年(?!以来)`);
/** A sentence opening on 明年 or on the next step: the paragraph turns to the plan. */
const OPENS_NEXT_YEAR = new RegExp(`^${ATTRIBUTION}(?:明年|下一步|新的一年)`);
/** A sentence opening on the year's first half (上半年, 1—6月), and one turning to the second. */
const OPENS_FIRST_HALF = new RegExp(`^${ATTRIBUTION}(?:上半年|1[—－-]6月|一至六月)`);
const OPENS_SECOND_HALF = new RegExp(`^${ATTRIBUTION}(?:下半年|下一步)`);
/** How far into a sentence its opening period word may stand: the longest attribution before it. */
const REACH = 30;
/** Words of intent: a 今年 sentence holding one is a plan of this year (今年将新建…, 力争…; 年度计划 is a noun). */
const INTENT = /将|(?<![重主需只])要(?![素求点件])|力争|(?<![年度])计划|争取|确保|预计|拟|打算|目标/;

/**
 * The indexes of the sentences whose 今年 is the year reviewed: each opens on
 * 今年 with no word of intent, and a later sentence of its paragraph opens on
 * 明年 (or 下一步, 新的一年); or opens on 上半年 (1—6月), and a later one on 下半年
 * (or 下一步). `text`, when given, is the text the sentences are slices of
 * (each sentence's text is text.slice(start, end)): its words are then found
 * once in it rather than in every sentence.
 */
export function yearInReview(sentences: readonly DocSentence[], text?: string): Set<number> {
  const out = new Set<number>();
  let candidates: number[] = [];
  let halves: number[] = [];
  let paragraph = -1;
  const thisYears = text === undefined ? null : new WordPositions(text, "今年");
  const halfYears = text === undefined ? null : new WordPositions(text, "半年");
  const sixths = text === undefined ? null : new WordPositions(text, "6月");
  for (const s of sentences) {
    if (s.paragraph !== paragraph) {
      paragraph = s.paragraph;
      candidates = [];
      halves = [];
    }
    // (Most sentences open on neither: a search near the start before the patterns.)
    const thisYear = thisYears ? thisYears.indexIn(s.start, s.end) : s.text.indexOf("今年");
    const half = halfYears ? halfYears.indexIn(s.start, s.end) : s.text.indexOf("半年");
    const month = half >= 0 ? -1 : sixths ? sixths.indexIn(s.start, s.end) : s.text.indexOf("6月");
    if (thisYear >= 0 && thisYear <= REACH && OPENS_THIS_YEAR.test(s.text)) {
      if (!INTENT.test(s.text)) candidates.push(s.index);
    } else if (
      ((half >= 0 && half <= REACH) || (month >= 0 && month <= REACH)) &&
      OPENS_FIRST_HALF.test(s.text)
    ) {
      if (!INTENT.test(s.text)) halves.push(s.index);
    } else if (candidates.length && OPENS_NEXT_YEAR.test(s.text)) {
      for (const i of candidates) out.add(i);
      candidates = [];
    } else if (halves.length && OPENS_SECOND_HALF.test(s.text)) {
      for (const i of halves) out.add(i);
      halves = [];
    }
  }
  return out;
}
