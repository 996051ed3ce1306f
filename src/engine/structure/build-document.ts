// Builds the document model: paragraphs, sections, sentences and their owners.
import type { DocModel, DocSentence, Section } from "../document.ts";
import { foldText } from "../text/normalize.ts";
import { paragraphs, sentences } from "../text/segment.ts";
import type { ExtractOptions, Speaker, Unit } from "../types.ts";

export interface BuiltDocument {
  doc: DocModel;
  units: Unit[];
  speakers: Speaker[];
}

export function buildDocument(original: string, options: ExtractOptions): BuiltDocument {
  const text = foldText(original);
  const paras = paragraphs(text);
  const sections: Section[] = [{ heading: null, start: 0, end: text.length, year: null }];
  const sents: DocSentence[] = [];
  for (const p of paras) {
    for (const s of sentences(text, p)) {
      sents.push({ ...s, index: sents.length, unit: null, section: 0, furniture: false });
    }
  }
  const doc: DocModel = {
    original,
    text,
    title: paras[0]?.text ?? "",
    year: options.year ?? null,
    paragraphs: paras,
    sections,
    sentences: sents,
  };
  return { doc, units: [], speakers: [] };
}
