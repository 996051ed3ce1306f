// Read models: rows gathered with what a page shows beside them (goals,
// cooperating units, targets, milestones), in batched queries.
import type { DB } from "../storage/dialects/dialect.ts";
import { cooperatingUnits, goalLinks } from "../storage/commitment.repo.ts";
import { milestonesOf } from "../storage/progress.repo.ts";
import { targetsOf } from "../storage/target.repo.ts";
import type { CommitmentRow, MilestoneRow, TargetRow } from "../storage/schema.ts";

export interface CommitmentView {
  row: CommitmentRow;
  goals: Awaited<ReturnType<typeof goalLinks>>;
  cooperating: number[];
}

export interface CommitmentDetail extends CommitmentView {
  targets: TargetRow[];
  milestones: MilestoneRow[];
  evidence: string | null;
}

export async function commitmentViews(db: DB, rows: CommitmentRow[]): Promise<CommitmentView[]> {
  const ids = rows.map((r) => r.id);
  const goals = await goalLinks(db, ids);
  const coop = await cooperatingUnits(db, ids);
  return rows.map((row) => ({
    row,
    goals: goals.filter((g) => g.commitment_id === row.id),
    cooperating: coop.filter((c) => c.commitment_id === row.id).map((c) => c.unit_id),
  }));
}

export async function commitmentDetail(db: DB, row: CommitmentRow): Promise<CommitmentDetail> {
  const [view] = await commitmentViews(db, [row]);
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
    milestones: await milestonesOf(db, row.id),
    evidence: (doc?.evidence as string | undefined) ?? null,
  };
}

/** The units a commitment belongs to, for permission checks. */
export async function unitsOf(db: DB, row: CommitmentRow): Promise<(number | null)[]> {
  const coop = await cooperatingUnits(db, [row.id]);
  return [row.unit_id, row.lead_unit_id, ...coop.map((c) => c.unit_id)];
}
