// What the reader shows over a window of a document's text: the spans that
// start in it — commitments (with their goals), targets, speakers and named
// strategies — read by document and position through indexes.
import type { Speaker } from "../domain/types.ts";
import { goalLinks } from "./commitment.repo.ts";
import type { DB } from "./dialects/dialect.ts";
import { parseList, parseNumbers } from "./util.ts";

/** Where the window's (n+1)-th item starts (items in span order), if it holds more than n. */
export async function itemStartAfter(
  db: DB,
  documentId: number,
  w: { from: number; to: number },
  n: number,
): Promise<number | null> {
  const r = await db
    .selectFrom("commitments")
    .select("span_start")
    .where("document_id", "=", documentId)
    .where("span_start", ">=", w.from)
    .where("span_start", "<", w.to)
    .where("review_state", "in", ["proposed", "confirmed"])
    .orderBy("span_start")
    .limit(1)
    .offset(n)
    .executeTakeFirst();
  return r ? r.span_start : null;
}

export async function documentSpans(db: DB, documentId: number, w: { from: number; to: number }) {
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
  return {
    commitments,
    goals,
    targets,
    speakers: speakers.map((p): Omit<Speaker, "plan_id" | "document_id"> => ({
      ...p,
      titles: parseList(p.titles),
      unit_ids: parseNumbers(p.unit_ids),
    })),
    strategies,
  };
}
export type DocumentSpans = Awaited<ReturnType<typeof documentSpans>>;
