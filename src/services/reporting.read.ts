// Read model of the reporting page: every confirmed item of one unit with
// the period of its latest report, in one request (the page used to ask for
// each item's progress in turn). Reporters get their own unit and may not
// ask for another; staff name the unit.
import { LantuError } from "../errors.ts";
import { unitScope } from "../domain/permissions.ts";
import type { Actor } from "../domain/types.ts";
import { lastReportPeriods } from "../storage/progress.repo.ts";
import { commitmentsPage } from "./commitments.read.ts";
import type { Services } from "./context.ts";

/** Items are read in pages of this many, all of them returned. */
const BATCH = 500;

export async function reportingList(s: Services, a: Actor, planId: number, unit: number | undefined) {
  const scope = unitScope(a);
  if (scope !== null && unit !== undefined && unit !== scope)
    throw new LantuError("forbidden", "reporters report on their own unit's commitments only");
  const unitId = scope ?? unit;
  if (unitId === undefined)
    throw new LantuError("validation", "unit: required (the unit whose items to report on)", {
      field: "unit",
      rule: "required",
    });
  const items: Awaited<ReturnType<typeof commitmentsPage>>["items"] = [];
  let cursor: string | undefined;
  do {
    const p = await commitmentsPage(s, a, planId, {
      unit: unitId,
      review: "confirmed",
      cursor,
      limit: BATCH,
    });
    items.push(...p.items);
    cursor = p.next ?? undefined;
  } while (cursor);
  const last = await lastReportPeriods(
    s.store.db,
    items.map((c) => c.row.id),
  );
  return { unitId, items: items.map((c) => ({ c, lastPeriod: last.get(c.row.id) ?? null })) };
}
