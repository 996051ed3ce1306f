// What the reader shows of each span: positions, the item's identity and the
// few fields a hover card needs. Every field is listed.
import type { DocumentSpans } from "../../../services/reader.read.ts";
import type { ReaderWindow } from "../../../services/reader-window.ts";
import type { Document } from "../../../services/access.ts";
import { presentPage } from "../../presenters/internal.ts";
import type { PageRow } from "../../../services/documents.read.ts";

const span = (start: number, end: number): [number, number] => [start, end];

/** One page: the window's text, positions absolute, and where the next page starts. */
export function presentReader(doc: Document, w: ReaderWindow, s: DocumentSpans, pages: PageRow[]) {
  const goalIds = new Map<number, number[]>();
  for (const g of s.goals) {
    const list = goalIds.get(g.commitment_id);
    if (list) list.push(Number(g.goal_id));
    else goalIds.set(g.commitment_id, [Number(g.goal_id)]);
  }
  return {
    document: {
      id: doc.id,
      plan_id: doc.plan_id,
      title: doc.title,
      year: doc.year,
      text: doc.text.slice(w.from, w.to),
      length: w.total,
    },
    window: { from: w.from, to: w.to },
    next: w.next,
    pages: pages.map(presentPage),
    commitments: s.commitments.map((c) => ({
      id: c.id,
      unit_id: c.unit_id,
      text: c.text,
      span: span(c.span_start, c.span_end),
      review_state: c.review_state,
      status: c.status,
      goal_ids: goalIds.get(c.id) ?? [],
    })),
    targets: s.targets.map((t) => ({
      id: t.id,
      commitment_id: t.commitment_id,
      metric: t.metric,
      comparator: t.comparator,
      value: t.value,
      value_kind: t.value_kind,
      unit_of_measure: t.unit_of_measure,
      is_baseline: t.is_baseline === 1,
      due_year: t.due_year,
      span: span(t.span_start!, t.span_end!), // the read model selects targets with a span only
    })),
    speakers: s.speakers.map((p) => ({
      id: p.id,
      person: p.person,
      titles: p.titles,
      unit_ids: p.unit_ids,
      span: span(p.span_start, p.span_end),
    })),
    strategies: s.strategies.map((t) => ({
      id: t.id,
      label: t.label,
      unit_id: t.unit_id,
      span: span(t.span_start!, t.span_end!), // the read model selects targets with a span only
    })),
  };
}
