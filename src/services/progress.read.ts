// Read model of progress reports, newest first.
import { listProgress } from "../storage/progress.repo.ts";
import type { Services } from "./context.ts";
import { afterId, limitOf, page, type PageQuery } from "./paging.ts";

export async function progressPage(s: Services, commitmentId: number, q: PageQuery) {
  const limit = limitOf(q);
  return page(await listProgress(s.store.db, commitmentId, afterId(q), limit), limit, (r) => r.id);
}

/** The public portal shows a commitment's latest 100 reports. */
export const latestProgress = async (s: Services, commitmentId: number) =>
  (await listProgress(s.store.db, commitmentId, null, 100)).slice(0, 100);
