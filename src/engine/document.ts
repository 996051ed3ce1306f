// The document model the extractors share: folded text cut into paragraphs,
// sections and sentences, each sentence tagged with the unit that owns what
// it says and the period its section speaks of.

import type { Paragraph, Sentence } from "./text/segment.ts";

export interface Section {
  /** The heading line that opens the section, if any ("一、过去一年工作回顾"). */
  heading: string | null;
  start: number;
  end: number;
  /**
   * Year the section's figures belong to when its heading names a period
   * (过去一年 → year − 1, 今年 → year), else null.
   */
  year: number | null;
}

export interface DocSentence extends Sentence {
  /** Index into DocModel.sentences. */
  index: number;
  /** Name of the unit that owns the sentence (the speaker's or the author's unit). */
  unit: string | null;
  /** Index into DocModel.sections. */
  section: number;
  /** True for headings, role lines, bylines and other lines that carry no actions. */
  furniture: boolean;
  /**
   * True for an item's record of fields after its text (责任单位：X；投资620万元；完成时限：…): it
   * holds no action, but its figures are the item's.
   */
  fields?: boolean;
  /** True when no layout rule owned the sentence and `unit` is the document's guessed owner. */
  guessed?: boolean;
  /**
   * True when the sentence states where its unit stands and plans nothing (a study tour's
   * lessons, 我县规上工业增加值仅为…): its figures are read, but it holds no commitment or strategy.
   */
  statesOnly?: boolean;
}

export interface DocModel {
  /** The original text; spans index it. */
  original: string;
  /** Same length as original, punctuation and digits folded (see text/normalize.ts). */
  text: string;
  title: string;
  year: number | null;
  paragraphs: Paragraph[];
  sections: Section[];
  sentences: DocSentence[];
}
