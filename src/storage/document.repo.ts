// Documents, with sentence fingerprints to recognise a revised copy.
import type { PlanDocument, Speaker, Strategy } from "../domain/types.ts";
import type { DB } from "./dialects/dialect.ts";
import { json } from "./util.ts";

export const getDocument = (db: DB, id: number) =>
  db.selectFrom("documents").selectAll().where("id", "=", id).executeTakeFirst();

export const findDocumentByHash = (db: DB, hash: string) =>
  db.selectFrom("documents").selectAll().where("hash", "=", hash).orderBy("id").executeTakeFirst();

const SUMMARY = [
  "id",
  "plan_id",
  "hash",
  "title",
  "source",
  "year",
  "encoding",
  "format",
  "revises_id",
  "created_at",
  "version",
] as const;
export type DocumentSummary = Omit<PlanDocument, "text">;

/** A document without its text (which may run to megabytes). */
export const getDocumentSummary = (db: DB, id: number): Promise<DocumentSummary | undefined> =>
  db.selectFrom("documents").select(SUMMARY).where("id", "=", id).executeTakeFirst();

export const documentText = async (db: DB, id: number): Promise<string | undefined> =>
  (await db.selectFrom("documents").select("text").where("id", "=", id).executeTakeFirst())?.text;

export async function listDocuments(
  db: DB,
  planId: number,
  after: number | null,
  limit: number,
): Promise<DocumentSummary[]> {
  let q = db
    .selectFrom("documents")
    .select(SUMMARY)
    .where("plan_id", "=", planId)
    .orderBy("id")
    .limit(limit + 1);
  if (after !== null) q = q.where("id", ">", after);
  return q.execute();
}

export async function insertDocument(db: DB, d: Omit<PlanDocument, "id" | "version">): Promise<PlanDocument> {
  return db.insertInto("documents").values(d).returningAll().executeTakeFirstOrThrow();
}

export async function insertSentences(
  db: DB,
  planId: number,
  documentId: number,
  hashes: string[],
): Promise<void> {
  for (let i = 0; i < hashes.length; i += 200) {
    const chunk = hashes
      .slice(i, i + 200)
      .map((hash) => ({ plan_id: planId, document_id: documentId, hash }));
    if (chunk.length) await db.insertInto("document_sentences").values(chunk).execute();
  }
}

/** Stored documents sharing sentences with the given fingerprints, most shared first. */
export async function documentsSharingSentences(
  db: DB,
  hashes: string[],
  planId: number | null,
): Promise<{ document_id: number; plan_id: number; shared: number }[]> {
  if (!hashes.length) return [];
  const tally = new Map<number, { document_id: number; plan_id: number; shared: number }>();
  for (let i = 0; i < hashes.length; i += 500) {
    let q = db
      .selectFrom("document_sentences")
      .select(["document_id", "plan_id"])
      .select((eb) => eb.fn.countAll<number>().as("shared"))
      .where("hash", "in", hashes.slice(i, i + 500))
      .groupBy(["document_id", "plan_id"]);
    if (planId !== null) q = q.where("plan_id", "=", planId);
    for (const r of await q.execute()) {
      const prev = tally.get(r.document_id);
      tally.set(r.document_id, { ...r, shared: Number(r.shared) + (prev?.shared ?? 0) });
    }
  }
  return [...tally.values()].sort((a, b) => b.shared - a.shared);
}

export async function sentenceCount(db: DB, documentId: number): Promise<number> {
  const r = await db
    .selectFrom("document_sentences")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("document_id", "=", documentId)
    .executeTakeFirst();
  return Number(r?.n ?? 0);
}

export async function insertSpeaker(db: DB, p: Omit<Speaker, "id">): Promise<void> {
  await db
    .insertInto("speakers")
    .values({ ...p, titles: json(p.titles), unit_ids: json(p.unit_ids) })
    .execute();
}

export async function insertStrategy(db: DB, st: Omit<Strategy, "id">): Promise<void> {
  await db
    .insertInto("strategies")
    .values({ ...st, parts: json(st.parts) })
    .execute();
}

export interface NewPage {
  start: number;
  confidence?: number;
  image?: { type: string; bytes: Uint8Array };
}

/** A document's pages, numbered from 1 in order (with their images, a few at a time: each may weigh a megabyte). */
export async function insertPages(
  db: DB,
  planId: number,
  documentId: number,
  pages: NewPage[],
): Promise<void> {
  for (let i = 0; i < pages.length; i += 20) {
    const chunk = pages.slice(i, i + 20).map((p, k) => ({
      plan_id: planId,
      document_id: documentId,
      number: i + k + 1,
      start_offset: p.start,
      confidence: p.confidence ?? null,
      image_type: p.image?.type ?? null,
      image: p.image
        ? Buffer.from(p.image.bytes.buffer, p.image.bytes.byteOffset, p.image.bytes.byteLength)
        : null,
    }));
    if (chunk.length) await db.insertInto("document_pages").values(chunk).execute();
  }
}

/** A document's pages without their images: where each starts, whether it has an image, its OCR confidence. */
export const documentPages = (db: DB, documentId: number) =>
  db
    .selectFrom("document_pages")
    .select(["number", "start_offset", "confidence", "image_type"])
    .where("document_id", "=", documentId)
    .orderBy("number")
    .execute();

/** One page's image, or undefined when the page has none. */
export async function pageImage(db: DB, documentId: number, page: number) {
  const row = await db
    .selectFrom("document_pages")
    .select(["image_type", "image"])
    .where("document_id", "=", documentId)
    .where("number", "=", page)
    .executeTakeFirst();
  return row?.image && row.image_type ? { type: row.image_type, bytes: row.image } : undefined;
}
