// A target's reported figures against its trajectory: a straight line from
// the baseline (end of the baseline year) to the goal (end of the due year),
// the rule the status engine judges by.
import { useMemo } from "react";
import { useI18n } from "../i18n/i18n.tsx";
import { periodYear } from "../lib/format.ts";
import type { Progress, Target } from "../lib/types.ts";
import { Chart } from "./chart.tsx";
import { targetChartOption } from "./chart-options.ts";

export function goalFigure(t: Target): number | null {
  if (t.value_kind === "multiple") return t.baseline_value === null ? null : t.baseline_value * t.value;
  return t.value;
}

export function TargetChart({ target, reports }: { target: Target; reports: Progress[] }) {
  const { t } = useI18n();
  const option = useMemo(() => {
    const goal = goalFigure(target);
    const points = reports
      .filter((r) => r.target_id === target.id && r.figure !== null)
      .map((r) => [periodYear(r.period), r.figure] as [number, number])
      .sort((a, b) => a[0] - b[0]);
    const plan: [number, number][] = [];
    if (target.value_kind === "growth_rate" && target.due_year) {
      const from = target.baseline_year ?? target.due_year - 5;
      plan.push([from + 1, target.value], [target.due_year + 1, target.value]);
    } else if (goal !== null && target.baseline_value !== null && target.baseline_year && target.due_year) {
      plan.push([target.baseline_year + 1, target.baseline_value], [target.due_year + 1, goal]);
    } else if (goal !== null && target.due_year) {
      plan.push([target.due_year + 1, goal]);
    }
    return targetChartOption(plan, points, { plan: t("item.chartPlan"), actual: t("item.chartActual") });
  }, [target, reports, t]);
  return <Chart option={option} height={240} label={`${t("item.chartTitle")}: ${target.metric}`} />;
}
