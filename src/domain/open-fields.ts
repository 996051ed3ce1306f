// What anyone may see of a target and of a progress report: the public portal
// (http/presenters/public.ts) and the open data (services/open-data.service.ts)
// both give these fields, in this order (the open data's JSON keeps it; its
// CSV takes its columns from exchange/open-data.ts).
import type { ProgressReport, Target } from "./types.ts";

export const openTargetFields = (t: Target) => ({
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

export const openProgressFields = (p: ProgressReport) => ({
  period: p.period,
  narrative: p.narrative,
  figure: p.figure,
  complete: p.complete,
  evidence_links: p.evidence_links,
  reported_at: p.reported_at,
});
