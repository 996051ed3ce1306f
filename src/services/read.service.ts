// Read models: rows gathered with what a page shows beside them (goals,
// cooperating units, targets, milestones), in batched queries.
import type { DB } from "../storage/dialects/dialect.ts";
import { cooperatingUnits, goalLinks, mergedInto } from "../storage/commitment.repo.ts";
import { lateMilestoneCounts, milestonesOf } from "../storage/progress.repo.ts";
import { targetsOf } from "../storage/target.repo.ts";
import type { Milestone, Commitment, Target } from "../domain/types.ts";

export interface CommitmentView {
  row: Commitment;
  goals: Awaited<ReturnType<typeof goalLinks>>;
  cooperating: number[];
  /** Milestones past their due day and not done (flagged in lists and on the item). */
  lateMilestones: number;
}

export interface CommitmentDetail extends CommitmentView {
  targets: Target[];
  milestones: Milestone[];
  evidence: string | null;
  /** The items merged into this one. */
  mergedFrom: { id: number; text: string }[];
}

/**
 * Rows with their goals, cooperating units and late milestones as of `day`
 * (`late`: the counts, when the caller has read the milestones already).
 */
export async function commitmentViews(
  db: DB,
  rows: Commitment[],
  day: string,
  late?: Map<number, number>,
): Promise<CommitmentView[]> {
  const ids = rows.map((r) => r.id);
  const goals = await goalLinks(db, ids);
  const coop = await cooperatingUnits(db, ids);
  late ??= await lateMilestoneCounts(db, ids, day);
  return rows.map((row) => ({
    row,
    goals: goals.filter((g) => g.commitment_id === row.id),
    cooperating: coop.filter((c) => c.commitment_id === row.id).map((c) => c.unit_id),
    lateMilestones: late.get(row.id) ?? 0,
  }));
}

export async function commitmentDetail(db: DB, row: Commitment, day: string): Promise<CommitmentDetail> {
  // Its milestones are read anyway: the late ones (as lateMilestoneCounts counts
  // them, not done and due before the day) are counted here, not by another statement.
  const milestones = await milestonesOf(db, row.id);
  const late = milestones.filter((m) => m.done_at === null && m.due_date < day).length;
  const [view] = await commitmentViews(db, [row], day, new Map([[row.id, late]]));
  const doc = await db
    .selectFrom("documents")
    .select((eb) =>
      eb
        .fn("substr", ["text", eb.val(row.span_start + 1), eb.val(row.span_end - row.span_start)])
        .as("evidence"),
    )
    .where("id", "=", row.document_id)
    .executeTakeFirst();
  return {
    ...view!,
    targets: await targetsOf(db, [row.id]),
    milestones,
    evidence: (doc?.evidence as string | undefined) ?? null,
    mergedFrom: (await mergedInto(db, row.id)).map((m) => ({ id: Number(m.id), text: m.text })),
  };
}

/** The units a commitment belongs to, for permission checks. */
export async function unitsOf(db: DB, row: Commitment): Promise<(number | null)[]> {
  const coop = await cooperatingUnits(db, [row.id]);
  return [row.unit_id, row.lead_unit_id, ...coop.map((c) => c.unit_id)];
}
