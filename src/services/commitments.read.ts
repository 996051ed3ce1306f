// Read model of commitments: filtered, searched, keyset-paged lists with what
// a list row shows (goals, cooperating units), and one commitment in full.
// Who sees what is decided here, once: reporters their unit's confirmed
// items, the public confirmed items, staff everything.
import { LantuError } from "../errors.ts";
import { unitScope } from "../domain/permissions.ts";
import { planQuery } from "../domain/search-terms.ts";
import type { Actor } from "../domain/types.ts";
import { listCommitments, type CommitmentSort } from "../storage/commitment.repo.ts";
import type { Commitment } from "./access.ts";
import { today, type Services } from "./context.ts";
import { decodeCursor, DEFAULT_LIMIT, type PageQuery } from "./paging.ts";
import { commitmentDetail, commitmentViews } from "./read.service.ts";

export interface CommitmentQuery extends PageQuery {
  unit?: number;
  goal?: number;
  status?: string;
  review?: string;
  document?: number;
  q?: string;
  sort?: CommitmentSort;
}

/** A plan's commitments as `a` may list them; a reporter asking for another unit or state is refused. */
export async function commitmentsPage(s: Services, a: Actor, planId: number, q: CommitmentQuery) {
  const scope = unitScope(a);
  if (scope !== null && q.unit !== undefined && q.unit !== scope) {
    throw new LantuError("forbidden", "reporters list their own unit's commitments only");
  }
  if (scope !== null && q.review !== undefined && q.review !== "confirmed") {
    throw new LantuError("forbidden", "reporters see confirmed items only");
  }
  return listed(s, planId, {
    ...q,
    unit: scope ?? q.unit,
    review: scope !== null ? "confirmed" : q.review,
  });
}

/** The public portal's list: confirmed items only, by id. */
export const publicCommitmentsPage = (
  s: Services,
  planId: number,
  q: Omit<CommitmentQuery, "review" | "document" | "sort">,
) => listed(s, planId, { ...q, review: "confirmed", sort: "id" });

async function listed(s: Services, planId: number, q: CommitmentQuery) {
  const p = await listCommitments(s.store.db, {
    planId,
    unitId: q.unit,
    goalId: q.goal,
    status: q.status,
    reviewState: q.review,
    documentId: q.document,
    search: q.q ? planQuery(q.q) : undefined,
    // The review queue (proposed items) shows the least sure owners first.
    sort: q.sort ?? (q.review === "proposed" ? "confidence" : "id"),
    cursor: decodeCursor(q.cursor),
    limit: q.limit ?? DEFAULT_LIMIT,
  });
  return { items: await commitmentViews(s.store.db, p.items, today(s)), next: p.next };
}

/** Rows with their goals and cooperating units, in the rows' order. */
export const withViews = (s: Services, rows: Commitment[]) => commitmentViews(s.store.db, rows, today(s));

/** One commitment with its evidence sentence, goals, targets and milestones. */
export const commitmentInFull = (s: Services, c: Commitment) => commitmentDetail(s.store.db, c, today(s));
