// The public portal's presenter: confirmed items only, and none of the
// internal fields (who reviewed, rejection reasons, versions, reporters).
import type { CommitmentDetail, CommitmentView } from "../../services/read.service.ts";
import type { Plan, ProgressReport, Target } from "../../domain/types.ts";

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

export const publicTarget = (t: Target) => ({
  id: t.id,
  metric: t.metric,
  comparator: t.comparator,
  value: t.value,
  value_kind: t.value_kind,
  unit_of_measure: t.unit_of_measure,
  baseline_value: t.baseline_value,
  baseline_year: t.baseline_year,
  due_year: t.due_year,
  latest_figure: t.latest_figure,
  latest_period: t.latest_period,
  status: t.status,
});

export const publicProgress = (p: ProgressReport) => ({
  period: p.period,
  narrative: p.narrative,
  figure: p.figure,
  complete: p.complete,
  evidence_links: p.evidence_links,
  reported_at: p.reported_at,
});

export const publicCommitmentDetail = (d: CommitmentDetail, progress: ProgressReport[]) => ({
  ...publicCommitment(d),
  source_sentence: d.evidence,
  document_id: d.row.document_id,
  targets: d.targets.filter((t) => !t.is_baseline).map(publicTarget),
  progress: progress.map(publicProgress),
});
