// Numeric targets and baselines: for every figure that states a goal or a
// present-day value, its owner, metric, comparator, value and kind, due year
// and whether it is a baseline. See sentence.ts for how a sentence is read.
import type { DocModel } from "../document.ts";
import type { Target } from "../types.ts";
import { CarriedPeriod } from "./carried.ts";
import { findFigures } from "./figures.ts";
import { findPeriods, headingPeriod, planTitlePeriod, type Period, type PeriodContext } from "./period.ts";
import { readSentence, type SentenceContext } from "./sentence.ts";
import type { Spans } from "./spans.ts";
import { TextIndex } from "./text-index.ts";
import { TABLE_GOAL_HEADS, TABLE_METRIC_HEADS, WORDS, WORK_REPORT_TITLE } from "./words.ts";
import { alternation } from "../lexicon.ts";
import { parseNumeral } from "./numerals.ts";
import { yearTableTargets } from "./year-table.ts";
import { givenLateIn } from "../year.ts";
import { CharSet, DIGITS } from "./chars.ts";
import { projectBoxItems } from "../structure/project-box.ts";
import { projectRows, type ProjectRow } from "../structure/project-table.ts";
import { taskRows } from "../structure/task-table.ts";
import { yearInReview } from "../structure/year-in-review.ts";
import actions from "../../../lexicon/actions.json" with { type: "json" };
import { infographicMetrics } from "./figure-lines.ts";

/** A first-level heading (一、今后五年的主要任务) and a second-level one under it (（一）…). */
const TOP_HEADING = /^\s*([一二三四五六七八九十]+)、/;
/** A paragraph that opens with a year it then speaks of (2018年，… / 卢明远：2018年，…). */
const OPENING_YEAR = /^(?:[\u4e00-\u9fa5]{2,4}：)?(\d{4})年，/;
/** A paragraph opening on the year before the reference year, and a sentence turning to the plan's. */
const REVIEW_OPENING = /^(?:过去的?一年|去年|上一年)，/;
const TURNS_FORWARD = /^(?:今年|明年|下一步|新的一年)/;
const SUB_HEADING = /^\s*[（(][一二三四五六七八九十\d]+[）)]/;

/**
 * The period each section's heading names. A second-level heading that names
 * none is part of the first-level section above it, and takes its period
 * (三、今后五年的主要任务 / （一）坚持工业强县: the tasks are due in five years).
 */
function sectionPeriodsOf(doc: DocModel): (Period | null)[] {
  const yearEnd = givenLateIn(doc.original, doc.year);
  let outer: Period | null = null;
  let lastTop = 0;
  // 二、2026年目标任务和重点工作 / 一、聚力建设创新之城 / 二、… : a numbering that starts again
  // under a dated heading is a level below it, and its headings take that period for as long as
  // they count on (a number that continues both counts stays below).
  let lastSub = 0;
  return doc.sections.map((s) => {
    const own = headingPeriod(s.heading, doc.year, yearEnd);
    const top = s.heading !== null ? TOP_HEADING.exec(s.heading) : null;
    if (top) {
      const n = parseNumeral(top[1]!) ?? 0;
      if (lastSub ? n === lastSub + 1 : n <= lastTop && outer !== null) {
        lastSub = n;
        return own ?? outer;
      }
      lastSub = 0;
      lastTop = n;
      outer = own;
    } else if (own === null && s.heading !== null && SUB_HEADING.test(s.heading)) return outer;
    return own;
  });
}

/** 完成时限：2020年12月底前: a task's deadline line, with the year it names. */
const DEADLINE_LINE = new RegExp(`^(?:${alternation(WORDS.deadlineLabels)})\\s*[：:]\\s*(\\d{4})年`);
/** The characters a deadline label opens with: DEADLINE_LINE matches only a sentence opening with one. */
const DEADLINE_OPENS = new CharSet(WORDS.deadlineLabels.map((w) => w[0]!).join(""));

/** …；完成时限：2025年10月底。 inside an item's record of fields (DocSentence.fields). */
const DEADLINE_FIELD = new RegExp(`[；;]\\s*(?:${alternation(WORDS.deadlineLabels)})\\s*[：:]\\s*(\\d{4})年`);

/**
 * The year of the deadline line that closes each sentence's task (minutes and task lists close
 * each item with 责任单位：… / 完成时限：2020年12月底前): the figures of the task that name no
 * period of their own are due then. A task runs from the line after the last deadline line of
 * its section (or the section's start) to its own deadline line, so that two tasks under one
 * heading keep their own years. Null where no deadline line follows in the section.
 */
function taskDeadlines(doc: DocModel): (Period | null)[] {
  const out: (Period | null)[] = doc.sentences.map(() => null);
  const tense = (year: number) =>
    doc.year === null || year > doc.year ? "future" : year < doc.year ? "past" : "current";

  let next: Period | null = null;
  let section = -1;
  // From the end: each sentence takes the deadline line after it in its section.
  for (let i = doc.sentences.length - 1; i >= 0; i--) {
    const s = doc.sentences[i]!;
    if (s.section !== section) {
      section = s.section;
      next = null;
    }
    // (Most sentences are no deadline line: the first character is tested (DEADLINE_LINE is
    // anchored at the start), then the colon looked for, before the regexes; the search for the
    // colon alone was a call into String.indexOf for every sentence.)
    const opens = DEADLINE_OPENS.has(s.text.charCodeAt(0));
    const m =
      (opens || s.fields) && s.text.includes("：")
        ? ((opens ? DEADLINE_LINE.exec(s.text) : null) ?? (s.fields ? DEADLINE_FIELD.exec(s.text) : null))
        : null;
    if (m) {
      const year = Number(m[1]);
      next = { year, tense: tense(year) };
    }
    out[i] = next;
  }
  // A task table's row is dated by its deadline cell (…｜县住建局｜2025年12月底).
  const rows = taskRows(doc.paragraphs, doc.original);
  if (rows.size) {
    for (const s of doc.sentences) {
      const cell = rows.get(s.paragraph)?.deadline;
      const year = cell ? /^(\d{4})年/.exec(cell.text) : null;
      if (year) out[s.index] = { year: Number(year[1]), tense: tense(Number(year[1])) };
    }
  }
  return out;
}

const METRIC_HEAD_OPENS = new Set([...TABLE_METRIC_HEADS].map((w) => w[0]!));

/** The cells of a table line: split at tabs, at two spaces or more, or at an ideographic space. */
const CELL_GAP = /\t+| {2,}|\u3000+/g;

/** Where each cell of paragraph text[start, end) ends, when the line has two cells or more. */
function cellEnds(text: string, start: number, end: number): number[] | null {
  const line = text.slice(start, end);
  CELL_GAP.lastIndex = 0;
  const ends: number[] = [];
  for (let m = CELL_GAP.exec(line); m; m = CELL_GAP.exec(line)) if (m.index > 0) ends.push(start + m.index);
  if (!ends.length) return null;
  ends.push(end);
  return ends;
}

/**
 * The rows of tables of indicators (指标 | 目标值 | 责任部门): a header line
 * whose first cell names the metric column and whose second names a goal, then
 * the lines of as many cells under it. Each row, by paragraph, maps to where its
 * goal cell ends: the metric and its figure are read up to there, the cells
 * after (a department in charge) are not.
 */
function indicatorRows(doc: DocModel): Map<number, number> {
  const rows = new Map<number, number>();
  const { original, paragraphs } = doc;
  for (let i = 0; i < paragraphs.length; i++) {
    const head = paragraphs[i]!;
    // (Most lines open with another character: the header is only cut into cells when it may be one.)
    if (!METRIC_HEAD_OPENS.has(head.text[0]!)) continue;
    if (!TABLE_METRIC_HEADS.has(head.text.slice(0, head.text.search(/[\s\u3000]/)))) continue;
    const heads = cellEnds(original, head.start, head.end);
    if (!heads || heads.length < 2) continue;
    const goalHead = original.slice(heads[0]!, heads[1]!);
    if (!TABLE_GOAL_HEADS.some((w) => goalHead.includes(w))) continue;
    for (let j = i + 1; j < paragraphs.length; j++) {
      const row = paragraphs[j]!;
      const cells = cellEnds(original, row.start, row.end);
      // (Another header ends the table: its rows are read, or not, under that one.)
      if (
        !cells ||
        cells.length !== heads.length ||
        TABLE_METRIC_HEADS.has(original.slice(row.start, cells[0]))
      )
        break;
      rows.set(j, cells[1]!);
    }
  }
  return rows;
}

/**
 * A project row's targets: the figures its content cell states (新建泊位4个) and the year's
 * planned investment, all due in the document's year and all the unit's in charge.
 */
function projectTargets(doc: DocModel, row: ProjectRow, index: TextIndex): Target[] {
  const year: Period | null = doc.year !== null ? { year: doc.year, tense: "current" } : null;
  const out: Target[] = [];
  if (row.content) {
    const reading = readSentence(doc.text, row.content.start, row.content.end, {
      docYear: doc.year,
      section: year,
      fallback: year,
      previousMetric: null,
      unit: row.owner,
      index,
    });
    for (const t of reading.targets) out.push(t);
  }
  if (row.annual) {
    out.push({
      unit: row.owner,
      metric: row.annual.metric,
      comparator: "=",
      value: row.annual.value,
      value_kind: "absolute",
      unit_of_measure: row.annual.measure,
      by_year: doc.year,
      baseline: false,
      span: [row.annual.cell.start, row.annual.cell.end],
      commitment: null,
    });
  }
  return out;
}

/** A tab or a wide gap anywhere: what a table of indicators' lines are cut into cells at. */
const CELL_GAP_ANYWHERE = /\t| {2}|\u3000/;

const COLON = "：".charCodeAt(0);
/** True when a paragraph may open with a year (OPENING_YEAR): a digit first, or after a name of two to four characters and a colon. */
const mayOpenWithYear = (t: string) =>
  DIGITS.has(t.charCodeAt(0)) ||
  t.charCodeAt(2) === COLON ||
  t.charCodeAt(3) === COLON ||
  t.charCodeAt(4) === COLON;
/** The characters REVIEW_OPENING's words open with. */
const REVIEW_OPENS = new CharSet("过去上");

/** Verbs that grant a support rule's benefit (对…的企业给予…奖励; lexicon actions.json supportVerbs). */
const GRANT = new RegExp(`(?:${alternation(actions.supportVerbs)})`);
/** 对年营业收入首次突破10亿元的工业企业: the clause names who a support rule is for. */
const BENEFICIARY = /^对[^，；。]*的[\u4e00-\u9fa5]{0,10}$/;

/**
 * Drops the figures of a support rule (对年营业收入突破10亿元的企业，分别给予团队100万元奖励，单个
 * 企业最高不超过200万元): the threshold that names who qualifies, the benefit granted and its cap
 * are the rule's terms, not goals. Only sentences that grant a benefit are looked at.
 */
function withoutSupportTerms(text: string, targets: Target[]): Target[] {
  // (Most documents grant nothing: the verbs are looked for once in the whole text first.)
  if (!targets.length || !actions.supportVerbs.some((v) => text.includes(v))) return targets;
  return targets.filter((t) => {
    let from = t.span[0];
    while (from > 0 && !"，；。,;".includes(text[from - 1]!)) from--;
    let to = t.span[1];
    while (to < text.length && !"，；。,;".includes(text[to]!)) to++;
    let start = from;
    while (start > 0 && text[start - 1] !== "。") start--;
    let end = to;
    while (end < text.length && text[end] !== "。") end++;
    const sentence = text.slice(start, end);
    if (!GRANT.test(sentence)) return true;
    const clause = text.slice(from, to);
    if (GRANT.test(text.slice(from, t.span[1]))) return false;
    if (BENEFICIARY.test(clause)) return false;
    return !/最高|最多/.test(text.slice(from, t.span[1]));
  });
}

/** 会议应到代表53名, 对12件候选项目进行了票决: a count of a meeting's procedure (lexicon targets.json procedureWords). */
const PROCEDURE = new RegExp(alternation(WORDS.procedureWords));

export function extractTargets(doc: DocModel): Target[] {
  const found = withoutSupportTerms(doc.text, allTargets(doc));
  return found.some((t) => PROCEDURE.test(t.metric)) ? found.filter((t) => !PROCEDURE.test(t.metric)) : found;
}

function allTargets(doc: DocModel): Target[] {
  const out: Target[] = [];
  const sectionPeriods = sectionPeriodsOf(doc);
  // In a government work report the year's tasks are due in the report's year.
  // In a five-year plan, its tasks are due at the plan's end.
  const fallback: Period | null =
    WORK_REPORT_TITLE.test(doc.title) && doc.year !== null
      ? { year: doc.year, tense: "current" }
      : planTitlePeriod(doc.title, doc.year);
  const deadlines = taskDeadlines(doc);
  const periodContext: PeriodContext = { docYear: doc.year };
  // Where the period words' characters stand, found once for every sentence that asks.
  const index = new TextIndex(doc.text);
  // A question naming a plan period (今年在X上有哪些打算？) dates the answer after it.
  let asked: Period | null = null;
  // 今年，我们将抓好三件事。新建学校5所……: a plan's period carries to the next
  // sentences of its paragraph, where no section period says otherwise.
  const carried = new CarriedPeriod(index, periodContext);
  // The clause marks of every sentence, found with its figures, go to one array (one
  // per sentence would be as many allocations, for the few sentences that hold figures).
  const marks: Spans = [];
  // One context for every sentence, brought up to date before each is read
  // (readSentence keeps none of it).
  const ctx: SentenceContext = {
    docYear: doc.year,
    section: null,
    fallback,
    carried,
    previousMetric: null,
    periods: undefined,
    figures: undefined,
    marks,
    firstMark: 0,
    unit: null,
    index,
  };
  let paragraph = -1;
  let namedNext: Period | null = null;
  // 二、2019年主要任务 / 过去的一年，……。全市地区生产总值达到…: a paragraph that opens looking back
  // one year reviews that year, whatever its section's period, until a sentence turns forward.
  let reviewed: Period | null = null;
  // Most documents hold no table: a line with a tab or a wide gap is looked for first.
  const rows = CELL_GAP_ANYWHERE.test(doc.original) ? indicatorRows(doc) : null;
  // A table of indicators by year (指标 | 2020年 | 2025年) is read by its columns, row by row.
  const yearRows = yearTableTargets(doc);
  // A project of a box (专栏) is described by its figures (its area, its investment), not set goals.
  const boxItems = projectBoxItems(doc.paragraphs, doc.text);
  // A table of key projects: each row's figures are the unit's in charge of it (its cells are
  // cut in the original, whose wide spaces the folded text makes single).
  const projects = projectRows(doc.paragraphs, doc.original);
  // 今年全镇完成…。明年，该镇将…: a 今年 the paragraph turns away from is the year reviewed.
  const inReview = doc.year !== null ? yearInReview(doc.sentences, doc.text) : null;
  const yearReviewed: Period | null = doc.year !== null ? { year: doc.year, tense: "past" } : null;
  // 312.6亿元 / 地区生产总值（预计）: an infographic's figure lines count the label beside them.
  const labels = infographicMetrics(doc);
  for (const s of doc.sentences) {
    if (boxItems.size && boxItems.has(s.paragraph)) continue;
    if (projects.size && projects.has(s.paragraph)) {
      if (s.paragraph !== paragraph)
        for (const t of projectTargets(doc, projects.get(s.paragraph)!, index)) out.push(t);
      paragraph = s.paragraph;
      continue;
    }
    if (yearRows.size && yearRows.has(s.paragraph)) {
      if (s.paragraph !== paragraph) for (const t of yearRows.get(s.paragraph)!) out.push(t);
      paragraph = s.paragraph;
      continue;
    }
    if (s.paragraph !== paragraph) {
      paragraph = s.paragraph;
      reviewed =
        doc.year !== null && REVIEW_OPENS.has(s.text.charCodeAt(0)) && REVIEW_OPENING.test(s.text)
          ? { year: doc.year - 1, tense: "past" }
          : null;
      ctx.previousMetric = labels?.get(s.index) ?? null;
      carried.reset();
      periodContext.named = null;
      if (asked && !s.furniture) carried.seed(asked);
      if (!s.furniture) asked = null;
      // 2018年，全县……。全年实现…: 全年 in the paragraph is the year it opened with.
      const opened = mayOpenWithYear(s.text) ? OPENING_YEAR.exec(s.text) : null;
      if (opened && doc.year !== null) {
        const year = Number(opened[1]);
        namedNext = { year, tense: year < doc.year ? "past" : year > doc.year ? "future" : "current" };
      } else namedNext = null;
    } else if (namedNext) {
      periodContext.named = namedNext;
    }
    // A row of a table of indicators is read up to its goal cell, though the line is no sentence.
    const rowEnd = s.furniture ? rows?.get(s.paragraph) : undefined;
    if (s.furniture && rowEnd === undefined) {
      if (s.text.endsWith("？")) {
        const periods = findPeriods(doc.text, s.start, s.end, periodContext, index);
        const last = periods[periods.length - 1]?.period;
        asked = last && (last.tense === "current" || last.tense === "future") ? last : null;
      }
      continue;
    }
    if (reviewed && TURNS_FORWARD.test(s.text)) reviewed = null;
    const section =
      (inReview?.size && inReview.has(s.index) ? yearReviewed : reviewed) ??
      sectionPeriods[s.section] ??
      null;
    const end = rowEnd ?? s.end;
    const firstMark = marks.length;
    const figures = findFigures(doc.text, s.start, end, marks);
    // Most sentences hold no figure: nothing to read, and their period words
    // only matter if a later figure asks what the paragraph carries.
    if (!figures.length) {
      if (!section) carried.defer(s.start, end);
      continue;
    }
    // Outside a dated section the sentence's own periods are needed for what it carries,
    // and are the ones its figures read.
    // (2014年，…。全年完成… under a heading that names the present, 正确看待当前形势: 全年 is still
    // the year the paragraph opened with.)
    const own =
      section && !periodContext.named
        ? undefined
        : findPeriods(
            doc.text,
            s.start,
            end,
            section ? { ...periodContext, base: section } : periodContext,
            index,
          );
    ctx.section = section;
    ctx.fallback = deadlines[s.index] ?? fallback;
    ctx.periods = own;
    ctx.figures = figures;
    ctx.firstMark = firstMark;
    ctx.unit = s.unit;
    const reading = readSentence(doc.text, s.start, end, ctx);
    ctx.previousMetric = reading.lastMetric;
    if (own && !section) carried.note(own, s.start);
    for (const t of reading.targets) out.push(t);
  }
  return out;
}
