// Read model of a plan's documents.
import { listDocuments } from "../storage/document.repo.ts";
import type { Services } from "./context.ts";
import { afterId, limitOf, page, type PageQuery } from "./paging.ts";

export async function documentsPage(s: Services, planId: number, q: PageQuery) {
  const limit = limitOf(q);
  return page(await listDocuments(s.store.db, planId, afterId(q), limit), limit, (r) => r.id);
}
