// The reader's read model: a document's text with every extracted span —
// commitments (with their goals), targets, speakers and named strategies —
// in a few indexed queries by document.
import type { DB } from "../storage/dialects/dialect.ts";
import { goalLinks } from "../storage/commitment.repo.ts";
import { requireDocument } from "./access.ts";
import type { Services } from "./context.ts";

async function documentSpans(db: DB, documentId: number) {
  const [commitments, targets, speakers, strategies] = await Promise.all([
    db
      .selectFrom("commitments")
      .select(["id", "unit_id", "text", "span_start", "span_end", "review_state", "status"])
      .where("document_id", "=", documentId)
      .where("review_state", "in", ["proposed", "confirmed"])
      .orderBy("span_start")
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
      .where("span_start", "is not", null)
      .orderBy("span_start")
      .execute(),
    db
      .selectFrom("speakers")
      .select(["id", "person", "titles", "unit_ids", "span_start", "span_end"])
      .where("document_id", "=", documentId)
      .orderBy("span_start")
      .execute(),
    db
      .selectFrom("strategies")
      .select(["id", "label", "unit_id", "span_start", "span_end"])
      .where("document_id", "=", documentId)
      .orderBy("span_start")
      .execute(),
  ]);
  const goals = await goalLinks(
    db,
    commitments.map((c) => c.id),
  );
  return { commitments, goals, targets, speakers, strategies };
}

/** A document and its spans; 404 when there is no such document. */
export async function documentReader(s: Services, id: number) {
  const document = await requireDocument(s, id);
  return { document, spans: await documentSpans(s.store.db, id) };
}
export type DocumentSpans = Awaited<ReturnType<typeof documentSpans>>;
