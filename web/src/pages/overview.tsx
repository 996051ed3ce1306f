// The dashboard: plan, period and framework; a card per goal with its count
// and status mix; the unit × goal heat map by count, status or warning level
// (components/heat-map.tsx: gaps hatched, cells open the filtered list, an
// 未对齐 column, 合计 counting items); status breakdown; upcoming and overdue
// deadlines.
import { useEffect, useMemo } from "react";
import { useI18n } from "../i18n/i18n.tsx";
import type { MessageKey } from "../i18n/zh.ts";
import { goalStrong, goalTint, STATUS_COLOR } from "../lib/colors.ts";
import { date } from "../lib/format.ts";
import { Link } from "../lib/router.ts";
import { useSession } from "../lib/session.tsx";
import { useData } from "../lib/use-data.ts";
import { STATUSES, type Commitment, type Overview, type Status, type Summary } from "../lib/types.ts";
import { Chart } from "../components/chart.tsx";
import { statusChartOption } from "../components/chart-options.ts";
import { HeatMap } from "../components/heat-map.tsx";
import { ErrorBox, Loading, Section, StatusBadge } from "../components/ui.tsx";

export function OverviewPage() {
  const { t } = useI18n();
  const { plan } = useSession();
  const o = useData<Overview>(plan ? `/api/plans/${plan.id}/overview` : null);
  const s = useData<Summary>(plan ? `/api/plans/${plan.id}/summary` : null);
  const shown = o.data !== null;
  useEffect(() => {
    // The first paint with data, for the first-load benchmark.
    if (shown && !performance.getEntriesByName("lantu:overview").length) performance.mark("lantu:overview");
  }, [shown]);
  if (!plan) return <Loading />;
  if (o.error) return <ErrorBox error={o.error} retry={o.reload} />;
  if (!o.data) return <Loading />;
  const data = o.data;
  const confirmed = data.review_counts.confirmed ?? 0;
  return (
    <div className="page overview">
      <header className="page-head">
        <h1>{plan.name}</h1>
        <p className="facts">
          {plan.framework_name && <span>{t("overview.framework", { name: plan.framework_name })}</span>}
          {s.data?.period.from && (
            <span>{t("overview.period", { from: s.data.period.from, to: s.data.period.to ?? "…" })}</span>
          )}
          <span data-testid="confirmed-count">{t("overview.confirmed", { n: confirmed })}</span>
          {data.review_counts.proposed > 0 && (
            <span>{t("overview.proposed", { n: data.review_counts.proposed })}</span>
          )}
        </p>
      </header>
      <GoalCards data={data} summary={s.data} />
      <div className="grid-2 wide-left">
        <Matrix planId={plan.id} />
        <div className="stack">
          <StatusPanel counts={data.status_counts} />
          <Deadlines title={t("overview.overdue")} items={data.overdue} testid="overdue" />
          <Deadlines title={t("overview.upcoming")} items={data.upcoming} testid="upcoming" />
        </div>
      </div>
    </div>
  );
}

function GoalCards({ data, summary }: { data: Overview; summary: Summary | null }) {
  const { t } = useI18n();
  const cards = data.goals.map((g, i) => {
    const mix = Object.fromEntries(STATUSES.map((st) => [st, 0])) as Record<Status, number>;
    for (const r of summary?.goal_status ?? []) if (r.goal_id === g.id) mix[r.status] += r.n;
    const cells = data.matrix.filter((c) => c.goal_id === g.id && c.n > 0);
    const all = data.goal_totals?.find((x) => x.goal_id === g.id);
    const total = summary
      ? Object.values(mix).reduce((a, b) => a + b, 0)
      : (all?.n ?? cells.reduce((a, c) => a + c.n, 0));
    return { g, i, mix, total, units: all?.units ?? cells.length };
  });
  return (
    <section aria-labelledby="goals-h">
      <h2 id="goals-h" className="visually-hidden">
        {t("overview.goals")}
      </h2>
      <ul className="goal-cards">
        {cards.map(({ g, i, mix, total, units }) => (
          <li
            key={g.id}
            className="goal-card"
            style={{ borderTopColor: goalStrong(i), background: goalTint(i) }}
          >
            <Link to={`/commitments?goal=${g.id}&review=confirmed`} className="goal-link">
              <span className="goal-name">{g.name}</span>
              <span className="goal-count" data-testid={`goal-count-${g.id}`}>
                {total > 0 ? t("overview.goalCount", { n: total }) : t("overview.goalEmpty")}
              </span>
              <span className="muted small">{t("overview.goalUnits", { n: units })}</span>
            </Link>
            {total > 0 && (
              <div
                className="mix"
                role="img"
                aria-label={STATUSES.filter((st) => mix[st] > 0)
                  .map((st) => `${t(`status.${st}` as MessageKey)} ${mix[st]}`)
                  .join("，")}
              >
                {STATUSES.filter((st) => mix[st] > 0).map((st) => (
                  <span
                    key={st}
                    style={{ flexGrow: mix[st], background: STATUS_COLOR[st] }}
                    title={`${t(`status.${st}` as MessageKey)} ${mix[st]}`}
                  />
                ))}
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Matrix({ planId }: { planId: number }) {
  const { t } = useI18n();
  const { units, user } = useSession();
  // a reporter's map holds their own unit's row only
  const rows = user?.role === "reporter" ? [] : units;
  return (
    <Section title={t("overview.matrix")} id="matrix">
      <p className="muted small">{t("overview.matrixHint")}</p>
      <HeatMap planId={planId} initialBy="count" testid="matrix" units={rows} />
    </Section>
  );
}

function StatusPanel({ counts }: { counts: Record<Status, number> }) {
  const { t } = useI18n();
  const option = useMemo(
    () =>
      statusChartOption(
        STATUSES.map((st) => ({
          label: t(`status.${st}` as MessageKey),
          value: counts[st] ?? 0,
          color: STATUS_COLOR[st],
        })),
      ),
    [counts, t],
  );
  return (
    <Section title={t("overview.status")} id="status">
      <Chart
        option={option}
        height={200}
        label={STATUSES.map((st) => `${t(`status.${st}` as MessageKey)} ${counts[st] ?? 0}`).join("，")}
      />
      <ul className="status-list" data-testid="status-counts">
        {STATUSES.map((st) => (
          <li key={st}>
            <Link to={`/commitments?status=${st}&review=confirmed`}>
              <StatusBadge status={st} /> <span data-testid={`status-${st}`}>{counts[st] ?? 0}</span>
            </Link>
          </li>
        ))}
      </ul>
    </Section>
  );
}

function Deadlines({ title, items, testid }: { title: string; items: Commitment[]; testid: string }) {
  const { t } = useI18n();
  const { unitName } = useSession();
  return (
    <Section title={title} id={testid}>
      {items.length === 0 ? (
        <p className="muted">{t("overview.none")}</p>
      ) : (
        <ul className="deadlines" data-testid={testid}>
          {items.filter(Boolean).map((c) => (
            <li key={c.id}>
              <Link to={`/commitments/${c.id}`}>{c.text}</Link>
              <span className="muted small">
                {unitName(c.lead_unit_id ?? c.unit_id)} · {t("overview.due", { date: date(c.due_date) })}
              </span>
              <StatusBadge status={c.status} />
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
