// The plan period a paragraph carries (今年，我们将抓好三件事。新建学校5所……):
// the last period word of the latest earlier sentence that names one, kept
// when it is a plan (current or future). Most sentences hold no figure, and
// a sentence's period words matter only to a later figure of its paragraph
// that has none of its own; so a sentence without figures is only noted, and
// its period words are read when such a figure asks.
import { CharSet } from "./chars.ts";
import { findPeriods, type Period, type PeriodContext, type PeriodMention } from "./period.ts";
import type { Spans } from "./spans.ts";
import type { TextIndex } from "./text-index.ts";

const CLAUSE_END = new CharSet("，；：");
/** An attribution just before a period word: 何永明说，| 今年, 黎建平说，梓岗镇| 明年. */
const ATTRIBUTED = /(?:说|表示|介绍|指出|透露|谈到|告诉记者)，\s*[\u4e00-\u9fa5]{0,6}$/;

/** Where the first clause of the sentence from `start` ends, looked for up to `to`. */
function firstClauseEnd(text: string, start: number, to: number): number {
  return CLAUSE_END.firstIn(text, start, to);
}

const isPlan = (p: Period) => p.tense === "current" || p.tense === "future";

/**
 * 去年全镇已有4100户…，今年镇里将完成…: a sentence that opens with a look back and turns to the
 * plan's period at the head of a later clause carries that period on, as if it opened the sentence.
 */
function turnedForward(text: string, periods: readonly PeriodMention[]): Period | null {
  for (let i = 1; i < periods.length; i++) {
    const p = periods[i]!;
    if (isPlan(p.period) && CLAUSE_END.at(text, p.start - 1)) return p.period;
  }
  return null;
}

export class CarriedPeriod {
  private readonly text: string;
  private readonly ctx: PeriodContext;
  private period: Period | null = null;
  /**
   * Sentences after the one `period` comes from whose period words are not
   * read yet: the first `unread` spans of `spans` (counted, because emptying
   * an array by setting its length calls into the runtime).
   */
  private readonly spans: Spans = [];
  private unread = 0;

  private readonly index: TextIndex;

  /** `index` is the index of the text's characters, which its sentences' period words are read with. */
  constructor(index: TextIndex, ctx: PeriodContext) {
    this.text = index.text;
    this.index = index;
    this.ctx = ctx;
  }

  /** A new paragraph carries nothing yet. */
  reset(): void {
    this.period = null;
    this.forget();
  }

  /** A paragraph that answers a question naming a plan period (今年有哪些打算？) starts with it. */
  seed(period: Period): void {
    this.period = period;
    this.forget();
  }

  /** A sentence whose period words are read only if a later figure asks. */
  defer(start: number, end: number): void {
    this.spans[2 * this.unread] = start;
    this.spans[2 * this.unread + 1] = end;
    this.unread++;
  }

  /**
   * The period words of the sentence at text[start, end), read already. A
   * period that opens the sentence (今年，我们将…) carries on; one said in
   * its middle (…，到2030年建成20所) governs that sentence alone, and the
   * sentences after it carry nothing.
   */
  note(periods: readonly PeriodMention[], start: number): void {
    const first = periods[0];
    if (!first) return;
    // (…”何永明说，今年桃坪乡将…: after an attribution the period still opens what is said.)
    // (卢明远：今年…: an interview turn's name is no clause.)
    const turn = this.text.slice(start, start + 8).indexOf("：");
    const from = turn > 0 && turn <= 6 ? start + turn + 1 : start;
    const opening =
      firstClauseEnd(this.text, from, first.start) >= first.start ||
      ATTRIBUTED.test(this.text.slice(Math.max(start, first.start - 14), first.start))
        ? first.period
        : null;
    this.period = opening && isPlan(opening) ? opening : opening ? turnedForward(this.text, periods) : null;
    // The sentences before this one no longer count.
    this.forget();
  }

  /** The period carried to here. */
  current(): Period | null {
    // The latest unread sentence that names a period decides.
    for (let k = 2 * (this.unread - 1); k >= 0; k -= 2) {
      const periods = findPeriods(this.text, this.spans[k]!, this.spans[k + 1]!, this.ctx, this.index);
      if (periods.length) {
        this.note(periods, this.spans[k]!);
        break;
      }
    }
    this.forget();
    return this.period;
  }

  private forget(): void {
    this.unread = 0;
  }
}
