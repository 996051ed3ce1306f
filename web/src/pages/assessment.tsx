// 考核排名: a period's score and rank per unit, as a table and a chart, with
// the formula and an Excel export.
import { useMemo, useState } from "react";
import { useI18n } from "../i18n/i18n.tsx";
import { useSession } from "../lib/session.tsx";
import { useData } from "../lib/use-data.ts";
import type { Assessment } from "../lib/types.ts";
import { Chart } from "../components/chart.tsx";
import { scoreChartOption } from "../components/chart-options.ts";
import { ErrorBox, Loading, Section } from "../components/ui.tsx";

const pct = (v: number | null) => (v === null ? "—" : `${Math.round(v * 1000) / 10}%`);

/** The quarters from 2026Q1 to the current one, newest first. */
function quarters(today: Date): string[] {
  const out: string[] = [];
  for (let y = today.getUTCFullYear(); y >= 2026; y--) {
    const last = y === today.getUTCFullYear() ? Math.ceil((today.getUTCMonth() + 1) / 3) : 4;
    for (let q = last; q >= 1; q--) out.push(`${y}Q${q}`);
  }
  return out;
}

export function AssessmentPage() {
  const { t } = useI18n();
  const { plan } = useSession();
  const periods = useMemo(() => quarters(new Date()), []);
  const [period, setPeriod] = useState(new URLSearchParams(location.search).get("period") ?? "2026Q3");
  const a = useData<Assessment>(plan ? `/api/plans/${plan.id}/assessment?period=${period}` : null);
  const ranked = a.data?.units.filter((u) => u.score !== null) ?? [];
  const option = useMemo(() => scoreChartOption(ranked), [a.data]);
  if (!plan) return <Loading />;
  return (
    <div className="page assessment">
      <h1>{t("assess.title")}</h1>
      <label>
        {t("assess.period")}{" "}
        <select value={period} onChange={(e) => setPeriod(e.target.value)} data-testid="assess-period">
          {periods.map((p) => (
            <option key={p}>{p}</option>
          ))}
        </select>
      </label>{" "}
      <a href={`/api/plans/${plan.id}/assessment.xlsx?period=${period}`}>{t("assess.excel")}</a>
      {a.error && <ErrorBox error={a.error} retry={a.reload} />}
      {!a.data && !a.error && <Loading />}
      {a.data && (
        <>
          <p className="muted">
            {t("assess.formula", {
              a: a.data.weights.on_time,
              b: a.data.weights.on_track,
              c: a.data.weights.targets_met,
              d: a.data.weights.warnings,
            })}
          </p>
          <Section title={`${a.data.period}`}>
            <Chart
              option={option}
              height={Math.max(200, ranked.length * 30 + 40)}
              label={t("assess.title")}
            />
            <table className="data cards" data-testid="assessment-table">
              <thead>
                <tr>
                  <th>{t("assess.rank")}</th>
                  <th>{t("cycle.unit")}</th>
                  <th>{t("assess.score")}</th>
                  <th>{t("assess.onTime")}</th>
                  <th>{t("assess.onTrack")}</th>
                  <th>{t("assess.targets")}</th>
                  <th>{t("assess.warnings")}</th>
                  <th>{t("assess.reports")}</th>
                </tr>
              </thead>
              <tbody>
                {a.data.units.map((u) => (
                  <tr key={u.unit_id}>
                    <td className="num" data-label={t("assess.rank")}>
                      {u.rank ?? "—"}
                    </td>
                    <td className="card-title">{u.unit}</td>
                    <td className="num" data-label={t("assess.score")}>
                      {u.score ?? "—"}
                    </td>
                    <td className="num" data-label={t("assess.onTime")}>
                      {pct(u.components.on_time)}
                    </td>
                    <td className="num" data-label={t("assess.onTrack")}>
                      {pct(u.components.on_track)}
                    </td>
                    <td className="num" data-label={t("assess.targets")}>
                      {pct(u.components.targets_met)}
                    </td>
                    <td className="num" data-label={t("assess.warnings")}>
                      {pct(u.components.warnings)}
                    </td>
                    <td className="num" data-label={t("assess.reports")}>
                      {u.reports.on_time}/{u.reports.late}/{u.reports.missing}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Section>
        </>
      )}
    </div>
  );
}
