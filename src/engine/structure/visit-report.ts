// A report of a study tour (关于赴X市、Y市考察学习…情况的报告): a delegation tells its own
// government what it saw elsewhere and what it proposes at home. The places after 赴 are the
// ones visited, not the author; and the report's parts are of three kinds by their headings:
//
//   一、考察学习的基本情况 (the visited places' figures and practices)   — nobody's plan
//   二、几点启示 (where we stand against them: 我县规上工业增加值仅为…)    — our figures, no plan
//   三、下一步工作建议 (what we propose)                                  — our plan
//
// The opening paragraphs before the first heading tell the journey (who went, how many firms
// were visited): nobody's plan either.
import actions from "../../../lexicon/actions.json" with { type: "json" };
import layout from "../../../lexicon/layout.json" with { type: "json" };
import { alternation } from "../lexicon.ts";
import { WordSet } from "../text/wordset.ts";
import type { Paragraph } from "../text/segment.ts";

const VISIT = new RegExp(
  `(?:${alternation(layout.visitReports.toVisit)})[\\u4e00-\\u9fa5、和及与]{2,30}?(?:${alternation(layout.visitReports.visitVerbs)})`,
);
const FORWARD = new WordSet(actions.forwardHeadings);
const LESSONS = new WordSet(layout.visitReports.lessonHeadings);
/** A heading of the first level: 一、… */
const TOP_HEADING = /^\s*[一二三四五六七八九十]+、/;

/** What a part of a visit report is: its proposals, its lessons (our figures, no plan), or what was seen. */
export type VisitPart = "plan" | "lessons" | "seen";

/** Whether the head's title is a study tour's report (关于赴X考察学习…的报告, 赴X学习考察情况汇报). */
export function isVisitReport(head: readonly Paragraph[]): boolean {
  return head.some((p) => p.text.length <= 60 && /报告|汇报|情况/.test(p.text) && VISIT.test(p.text));
}

/**
 * The kind of part a first-level heading opens in a visit report (三、下一步工作建议 → plan,
 * 二、几点启示 → lessons, 一、考察学习的基本情况 → seen), or null for a line that is no such heading.
 */
export function visitPart(heading: string): VisitPart | null {
  if (!TOP_HEADING.test(heading)) return null;
  if (FORWARD.findAll(heading).length) return "plan";
  if (LESSONS.findAll(heading).length) return "lessons";
  return "seen";
}
