// The reader's read model, one page at a time: a window of a document's text
// and the spans that start in it — commitments (with their goals), targets,
// speakers and named strategies — read by document and position through
// indexes, so a page costs the same in a 5,000-item document as in a short one.
// Positions stay absolute (characters from the document's start).
import { LantuError } from "../errors.ts";
import type { DB } from "../storage/dialects/dialect.ts";
import { goalLinks } from "../storage/commitment.repo.ts";
import { requireDocument } from "./access.ts";
import type { Services } from "./context.ts";
import { readerWindow, type ReaderWindow } from "./reader-window.ts";

/** Characters per page when the caller does not say, and the most it may ask for. */
export const READER_PAGE = 20_000;

async function documentSpans(db: DB, documentId: number, w: ReaderWindow) {
  const [commitments, targets, speakers, strategies] = await Promise.all([
    db
      .selectFrom("commitments")
      .select(["id", "unit_id", "text", "span_start", "span_end", "review_state", "status"])
      .where("document_id", "=", documentId)
      .where("span_start", ">=", w.from)
      .where("span_start", "<", w.to)
      .where("review_state", "in", ["proposed", "confirmed"])
      .orderBy("span_start")
      .orderBy("id")
      .execute(),
    db
      .selectFrom("targets")
      .select([
        "id",
        "commitment_id",
        "metric",
        "comparator",
        "value",
        "value_kind",
        "unit_of_measure",
        "is_baseline",
        "due_year",
        "span_start",
        "span_end",
      ])
      .where("document_id", "=", documentId)
      .where("span_start", ">=", w.from)
      .where("span_start", "<", w.to)
      .orderBy("span_start")
      .orderBy("id")
      .execute(),
    db
      .selectFrom("speakers")
      .select(["id", "person", "titles", "unit_ids", "span_start", "span_end"])
      .where("document_id", "=", documentId)
      .where("span_start", ">=", w.from)
      .where("span_start", "<", w.to)
      .orderBy("span_start")
      .orderBy("id")
      .execute(),
    db
      .selectFrom("strategies")
      .select(["id", "label", "unit_id", "span_start", "span_end"])
      .where("document_id", "=", documentId)
      .where("span_start", ">=", w.from)
      .where("span_start", "<", w.to)
      .orderBy("span_start")
      .orderBy("id")
      .execute(),
  ]);
  const goals = commitments.length
    ? await goalLinks(
        db,
        commitments.map((c) => c.id),
      )
    : [];
  return { commitments, goals, targets, speakers, strategies };
}

/**
 * One page of a document and the spans starting in it; 404 when there is no
 * such document, 400 when `from` lies past its end.
 */
export async function documentReader(s: Services, id: number, from = 0, length = READER_PAGE) {
  const document = await requireDocument(s, id);
  if (from > document.text.length) {
    throw new LantuError(
      "validation",
      `from: ${from} is past the end of the document (${document.text.length} characters)`,
      { field: "from" },
    );
  }
  const window = readerWindow(document.text, from, Math.min(length, READER_PAGE));
  return { document, window, spans: await documentSpans(s.store.db, id, window) };
}
export type DocumentSpans = Awaited<ReturnType<typeof documentSpans>>;
