// The dashboard: plan, period and framework; a card per goal with its count
// and status mix; the unit × goal heat map (gaps hatched, cells open the
// filtered list); status breakdown; upcoming and overdue deadlines.
import { useEffect, useMemo } from "react";
import { useI18n } from "../i18n/i18n.tsx";
import type { MessageKey } from "../i18n/zh.ts";
import { goalStrong, goalTint, heat, STATUS_COLOR } from "../lib/colors.ts";
import { date } from "../lib/format.ts";
import { Link, navigate } from "../lib/router.ts";
import { useSession } from "../lib/session.tsx";
import { useData } from "../lib/use-data.ts";
import { STATUSES, type Commitment, type Overview, type Status } from "../lib/types.ts";
import { Chart } from "../components/chart.tsx";
import { statusChartOption } from "../components/chart-options.ts";
import { ErrorBox, Loading, Section, StatusBadge } from "../components/ui.tsx";
import { ScrollFrame } from "../components/scroll-frame.tsx";

interface Summary {
  period: { from: number | null; to: number | null };
  goal_status: { goal_id: number | null; status: Status; n: number }[];
}

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
        <Matrix data={data} />
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

function Matrix({ data }: { data: Overview }) {
  const { t } = useI18n();
  const { unitName, units } = useSession();
  const cell = useMemo(() => {
    const m = new Map<string, number>();
    for (const c of data.matrix) m.set(`${c.unit_id}:${c.goal_id}`, c.n);
    return m;
  }, [data.matrix]);
  const max = Math.max(1, ...data.matrix.map((c) => c.n));
  // Every unit gets a row (one with no confirmed item is a row of gaps) while
  // the plan's units all fit; past that the server sends the busiest units only.
  const cut = (data.matrix_unit_count ?? 0) > data.units.length;
  const unitIds = cut
    ? data.units.map((u) => u.id)
    : [...new Set([...data.units.map((u) => u.id), ...units.map((u) => u.id)])].sort((a, b) => a - b);
  const unitTotal = (u: number) => data.goals.reduce((a, g) => a + (cell.get(`${u}:${g.id}`) ?? 0), 0);
  return (
    <Section title={t("overview.matrix")} id="matrix">
      <p className="muted small">{t("overview.matrixHint")}</p>
      {cut && (
        <p className="muted small" data-testid="matrix-cut">
          {t("overview.matrixCut", { shown: data.units.length, total: data.matrix_unit_count ?? 0 })}
        </p>
      )}
      <ScrollFrame label={t("overview.matrix")}>
        <table className="heatmap" data-testid="matrix">
          <thead>
            <tr>
              <th scope="col">{t("overview.unit")}</th>
              {data.goals.map((g, i) => (
                <th key={g.id} scope="col" style={{ borderBottomColor: goalStrong(i) }}>
                  {g.name}
                </th>
              ))}
              <th scope="col">{t("overview.total")}</th>
            </tr>
          </thead>
          <tbody>
            {unitIds.map((u) => (
              <tr key={u}>
                <th scope="row">{unitName(u)}</th>
                {data.goals.map((g) => {
                  const n = cell.get(`${u}:${g.id}`) ?? 0;
                  const label =
                    n > 0
                      ? t("overview.matrixCell", { unit: unitName(u), goal: g.name, n })
                      : t("overview.matrixGap", { unit: unitName(u), goal: g.name });
                  const shade = heat(n, max);
                  return (
                    <td key={g.id} className={n > 0 ? "hit" : "gap"}>
                      <button
                        type="button"
                        data-testid={`cell-${u}-${g.id}`}
                        data-n={n}
                        aria-label={label}
                        title={label}
                        style={n > 0 ? { background: shade.bg, color: shade.fg } : undefined}
                        onClick={() => navigate(`/commitments?unit=${u}&goal=${g.id}&review=confirmed`)}
                      >
                        {n > 0 ? n : "·"}
                      </button>
                    </td>
                  );
                })}
                <td className="total">{unitTotal(u)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollFrame>
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
