// The public portal's presenter: confirmed items only, and none of the
// internal fields (who reviewed, rejection reasons, versions, reporters).
import type { CommitmentDetail, CommitmentView } from "../../services/read.service.ts";
import type { Plan, ProgressReport, Target } from "../../domain/types.ts";
import { openProgressFields, openTargetFields } from "../../domain/open-fields.ts";

export const publicPlan = (p: Plan) => ({ id: p.id, name: p.name, framework_name: p.framework_name });

export const publicCommitment = (v: CommitmentView) => ({
  id: v.row.id,
  plan_id: v.row.plan_id,
  unit_id: v.row.unit_id,
  lead_unit_id: v.row.lead_unit_id,
  cooperating_unit_ids: v.cooperating,
  text: v.row.text,
  goals: v.goals.map((g) => ({ goal_id: g.goal_id, name: g.name })),
  due_date: v.row.due_date,
  status: v.row.status,
});

export const publicTarget = (t: Target) => ({ id: t.id, ...openTargetFields(t) });

export const publicProgress = openProgressFields;

export const publicCommitmentDetail = (d: CommitmentDetail, progress: ProgressReport[]) => ({
  ...publicCommitment(d),
  source_sentence: d.evidence,
  document_id: d.row.document_id,
  targets: d.targets.filter((t) => !t.is_baseline).map(publicTarget),
  progress: progress.map(publicProgress),
});
