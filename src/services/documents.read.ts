// Read model of a plan's documents.
import { LantuError } from "../errors.ts";
import { documentPages, listDocuments, pageImage } from "../storage/document.repo.ts";
import { requireDocument } from "./access.ts";
import type { Services } from "./context.ts";
import { afterId, limitOf, page, type PageQuery } from "./paging.ts";

export async function documentsPage(s: Services, planId: number, q: PageQuery) {
  const limit = limitOf(q);
  return page(await listDocuments(s.store.db, planId, afterId(q), limit), limit, (r) => r.id);
}

export type PageRow = Awaited<ReturnType<typeof documentPages>>[number];

/** A document with its text and its pages (start offsets; which have an image). */
export async function documentWithPages(s: Services, id: number) {
  const doc = await requireDocument(s, id);
  return { ...doc, pages: await documentPages(s.store.db, id) };
}

/** A page's image (a scanned page read by OCR), or not_found naming what is missing. */
export async function pageImageOf(s: Services, id: number, page: number) {
  await requireDocument(s, id);
  const image = await pageImage(s.store.db, id, page);
  if (!image) throw new LantuError("not_found", `document ${id} has no image of page ${page}`);
  return image;
}
