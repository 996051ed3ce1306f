// The public portal: no sign-in; confirmed commitments, targets and progress
// only, from the /api/public endpoints (whose presenter holds no internal
// fields: no reviewers, notes or versions).
import { useState, type FormEvent } from "react";
import { useI18n } from "../i18n/i18n.tsx";
import type { MessageKey } from "../i18n/zh.ts";
import { qs } from "../lib/api.ts";
import { goalStrong, goalTint, heat } from "../lib/colors.ts";
import { date, num } from "../lib/format.ts";
import { Link, navigate, useLocation } from "../lib/router.ts";
import { useSession } from "../lib/session.tsx";
import { useData } from "../lib/use-data.ts";
import {
  STATUSES,
  type Body,
  type Page,
  type PublicCommitment,
  type PublicDetail,
  type PublicOverview,
  type PublicTarget,
} from "../lib/types.ts";
import { ErrorBox, GoalChip, Loading, Section, StatusBadge, Choice, byName } from "../components/ui.tsx";
import { ScrollFrame } from "../components/scroll-frame.tsx";

export function PublicPage() {
  const { t } = useI18n();
  const { plan } = useSession();
  const { search, path } = useLocation();
  const o = useData<PublicOverview>(plan ? `/api/public/plans/${plan.id}/overview` : null);
  const goal = search.get("goal") ?? "";
  const unit = search.get("unit") ?? "";
  const term = search.get("q") ?? "";
  const cursor = search.get("cursor") ?? "";
  const list = useData<Page<PublicCommitment>>(
    plan ? `/api/public/plans/${plan.id}/commitments${qs({ goal, unit, q: term, cursor, limit: 25 })}` : null,
  );
  const [q, setQ] = useState(term);
  const go = (k: Record<string, string>) => {
    const next = new URLSearchParams(search);
    for (const [key, v] of Object.entries(k)) {
      if (v) next.set(key, v);
      else next.delete(key);
    }
    if (!("cursor" in k)) next.delete("cursor");
    navigate(`${path}?${next.toString()}`, { keepScroll: true });
  };
  if (!plan) return <Loading />;
  if (o.error) return <ErrorBox error={o.error} retry={o.reload} />;
  if (!o.data) return <Loading />;
  const d = o.data;
  const unitName = (id: number | null) => d.units.find((u) => u.id === id)?.name ?? "";
  const max = Math.max(1, ...d.matrix.map((c) => c.n));
  const total = STATUSES.reduce((a, s) => a + (d.status_counts[s] ?? 0), 0);
  return (
    <div className="page public">
      <header className="page-head">
        <p className="muted">{t("public.title")}</p>
        <h1>{d.plan.name}</h1>
        <p>{t("public.intro")}</p>
        <p className="facts">
          {d.plan.framework_name && <span>{t("overview.framework", { name: d.plan.framework_name })}</span>}
          <span>{t("overview.confirmed", { n: total })}</span>
        </p>
        <p className="row wrap">
          <a className="btn small" href={`/api/public/plans/${d.plan.id}/export?format=csv`} download>
            {t("public.csv")}
          </a>
          <a className="btn small" href={`/api/public/plans/${d.plan.id}/export?format=xlsx`} download>
            {t("list.xlsx")}
          </a>
          <a className="btn small" href={`/api/public/plans/${d.plan.id}/export?format=json`} download>
            {t("public.json")}
          </a>
        </p>
      </header>
      <ul className="goal-cards">
        {d.goals.map((g, i) => {
          const n =
            d.goal_totals?.find((x) => x.goal_id === g.id)?.n ??
            d.matrix.filter((c) => c.goal_id === g.id).reduce((a, c) => a + c.n, 0);
          return (
            <li
              key={g.id}
              className="goal-card"
              style={{ borderTopColor: goalStrong(i), background: goalTint(i) }}
            >
              <button type="button" className="goal-link" onClick={() => go({ goal: String(g.id) })}>
                <span className="goal-name">{g.name}</span>
                <span className="goal-count">
                  {n > 0 ? t("overview.goalCount", { n }) : t("overview.goalEmpty")}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      <div className="grid-2">
        <Section title={t("public.commitments")} id="public-list">
          <form
            className="filters"
            onSubmit={(e: FormEvent) => {
              e.preventDefault();
              go({ q: q.trim() });
            }}
          >
            <label>
              {t("list.unit")}
              <Choice
                value={unit}
                onChange={(unit) => go({ unit })}
                empty={t("list.all")}
                options={byName(d.units)}
              />
            </label>
            <label>
              {t("list.goal")}
              <Choice
                value={goal}
                onChange={(goal) => go({ goal })}
                empty={t("list.all")}
                options={byName(d.goals)}
              />
            </label>
            <label className="grow">
              {t("list.search")}
              <input type="search" value={q} maxLength={100} onChange={(e) => setQ(e.target.value)} />
            </label>
            <button type="submit" className="btn">
              {t("list.search")}
            </button>
          </form>
          {list.error && <ErrorBox error={list.error} retry={list.reload} />}
          {list.data && list.data.items.length === 0 && <p className="empty">{t("list.empty")}</p>}
          <ul className="public-list" data-testid="public-list">
            {list.data?.items.map((c) => (
              <li key={c.id}>
                <Link to={`/public/commitments/${c.id}`}>{c.text}</Link>
                <p className="row wrap small">
                  <span>{unitName(c.lead_unit_id ?? c.unit_id)}</span>
                  {c.goals.map((g) => (
                    <GoalChip key={g.goal_id} id={g.goal_id} name={g.name} />
                  ))}
                  <StatusBadge status={c.status} />
                </p>
              </li>
            ))}
          </ul>
          {(cursor || list.data?.next) && (
            <nav className="pager" aria-label={t("list.page", { n: "" })}>
              <button type="button" className="btn" disabled={!cursor} onClick={() => go({ cursor: "" })}>
                {t("list.prev")}
              </button>
              <button
                type="button"
                className="btn"
                disabled={!list.data?.next}
                onClick={() => go({ cursor: list.data?.next ?? "" })}
              >
                {t("list.next")}
              </button>
            </nav>
          )}
        </Section>
        <div className="stack">
          <Section title={t("overview.status")} id="public-status">
            <ul className="status-list">
              {STATUSES.map((s) => (
                <li key={s}>
                  <StatusBadge status={s} /> {d.status_counts[s] ?? 0}
                </li>
              ))}
            </ul>
          </Section>
          <Section title={t("overview.matrix")} id="public-matrix">
            <ScrollFrame label={t("overview.matrix")}>
              <table className="heatmap compact">
                <thead>
                  <tr>
                    <th scope="col">{t("overview.unit")}</th>
                    {d.goals.map((g, i) => (
                      <th key={g.id} scope="col" style={{ borderBottomColor: goalStrong(i) }}>
                        {g.name.replace(/之都$/, "")}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {d.units.map((u) => (
                    <tr key={u.id}>
                      <th scope="row">{u.name}</th>
                      {d.goals.map((g) => {
                        const n = d.matrix.find((c) => c.unit_id === u.id && c.goal_id === g.id)?.n ?? 0;
                        const shade = heat(n, max);
                        return (
                          <td key={g.id} className={n ? "hit" : "gap"}>
                            <span
                              className="cell"
                              style={n ? { background: shade.bg, color: shade.fg } : undefined}
                              aria-label={
                                n
                                  ? t("overview.matrixCell", { unit: u.name, goal: g.name, n })
                                  : t("overview.matrixGap", { unit: u.name, goal: g.name })
                              }
                            >
                              {n || "·"}
                            </span>
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollFrame>
          </Section>
          {d.indicators.length > 0 && (
            <Section title={t("overview.indicators")} id="public-indicators">
              <Targets items={d.indicators} />
            </Section>
          )}
        </div>
      </div>
    </div>
  );
}

function Targets({ items }: { items: PublicTarget[] }) {
  const { t, lang } = useI18n();
  return (
    <ul className="plain">
      {items.map((x) => (
        <li key={x.id} className="row wrap">
          <strong>{x.metric}</strong>
          <span>
            {t(`cmp.${x.comparator}` as MessageKey)} {num(x.value, lang)}
            {x.value_kind === "multiple" ? "×" : x.value_kind === "percent" ? "%" : (x.unit_of_measure ?? "")}
          </span>
          {x.due_year && <span className="muted">{t("item.dueYear", { y: x.due_year })}</span>}
          {x.latest_figure !== null && (
            <span>{t("item.latest", { v: num(x.latest_figure, lang), p: x.latest_period ?? "" })}</span>
          )}
          <StatusBadge status={x.status} />
        </li>
      ))}
    </ul>
  );
}

type PublicVerdict = Body<"/api/public/commitments/{id}/verdict">;

export function PublicItemPage({ id }: { id: number }) {
  const { t, lang } = useI18n();
  const d = useData<PublicDetail>(`/api/public/commitments/${id}`);
  const o = useData<PublicOverview>(d.data ? `/api/public/plans/${d.data.plan_id}/overview` : null);
  const v = useData<PublicVerdict>(`/api/public/commitments/${id}/verdict`);
  if (d.error) return <ErrorBox error={d.error} />;
  if (!d.data) return <Loading />;
  const c = d.data;
  const unitName = o.data?.units.find((u) => u.id === (c.lead_unit_id ?? c.unit_id))?.name ?? "";
  return (
    <div className="page public-item">
      <p>
        <Link to="/public">← {t("public.back")}</Link>
      </p>
      <header className="page-head">
        <h1 className="item-title">{c.text}</h1>
        <p className="row wrap">
          <span>{unitName}</span>
          {c.goals.map((g) => (
            <GoalChip key={g.goal_id} id={g.goal_id} name={g.name} />
          ))}
          <StatusBadge status={c.status} />
          {c.due_date && <span>{t("overview.due", { date: date(c.due_date) })}</span>}
        </p>
        {v.data && (
          <p data-testid="public-verdict">
            {t("panel.verdict")}：<strong>{t(`verdict.${v.data.verdict}` as MessageKey)}</strong>
            {v.data.since && t("verdict.since", { date: v.data.since })}
            {v.data.reason && <span className="muted"> {v.data.reason}</span>}
            {v.data.evidence_links.map((l) => (
              <a key={l} href={l} rel="noopener noreferrer">
                {" "}
                {l}
              </a>
            ))}
          </p>
        )}
      </header>
      <div className="grid-2">
        <div className="stack">
          <Section title={t("public.source")} id="source">
            <blockquote className="context">
              <mark className="evidence-mark">{c.source_sentence ?? c.text}</mark>
            </blockquote>
          </Section>
          <Section title={t("item.targets")} id="public-targets">
            {c.targets.length ? (
              <Targets items={c.targets} />
            ) : (
              <p className="muted">{t("item.noTargets")}</p>
            )}
          </Section>
        </div>
        <Section title={t("item.progress")} id="public-progress">
          {c.progress.length === 0 ? (
            <p className="muted">{t("item.noProgress")}</p>
          ) : (
            <ol className="timeline">
              {c.progress.map((p, i) => (
                <li key={i}>
                  <p className="row wrap">
                    <strong>{p.period}</strong>
                    {p.figure !== null && <span>{t("item.figure", { v: num(p.figure, lang) })}</span>}
                    {p.complete && <span>{t("item.complete")}</span>}
                  </p>
                  <p className="pre">{p.narrative}</p>
                </li>
              ))}
            </ol>
          )}
        </Section>
      </div>
    </div>
  );
}
