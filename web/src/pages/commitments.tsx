// The commitments table: filters (unit, goal, status, review state), search,
// sort and keyset pages, all in the URL so a view can be shared; a CSV of
// the whole current view (every page of it).
import { useEffect, useRef, useState, type FormEvent } from "react";
import { useI18n } from "../i18n/i18n.tsx";
import type { MessageKey } from "../i18n/zh.ts";
import { get, qs } from "../lib/api.ts";
import { download, toCsv } from "../lib/csv.ts";
import { currentPeriod, date } from "../lib/format.ts";
import { Link, navigate, useLocation } from "../lib/router.ts";
import { useSession } from "../lib/session.tsx";
import { useData } from "../lib/use-data.ts";
import { REVIEW_STATES, STATUSES, type Commitment, type Page } from "../lib/types.ts";
import {
  ErrorBox,
  GoalChip,
  LateFlag,
  Loading,
  ReviewBadge,
  StatusBadge,
  Choice,
  byName,
} from "../components/ui.tsx";

const FILTERS = ["unit", "goal", "status", "review", "q", "sort"] as const;
const PAGE = 25;

export function CommitmentsPage() {
  const { t } = useI18n();
  const { plan, user, units, goals, unitName } = useSession();
  const { search, path } = useLocation();
  const reporter = user?.role === "reporter";
  const f = Object.fromEntries(FILTERS.map((k) => [k, search.get(k) ?? ""])) as Record<
    (typeof FILTERS)[number],
    string
  >;
  const cursor = search.get("cursor") ?? "";
  const pageNo = Number(search.get("p") ?? "1") || 1;
  const query = {
    unit: reporter ? undefined : f.unit,
    goal: f.goal,
    status: f.status,
    review: reporter ? undefined : f.review,
    q: f.q,
    sort: f.sort,
  };
  const list = useData<Page<Commitment>>(
    plan ? `/api/plans/${plan.id}/commitments${qs({ ...query, cursor, limit: PAGE })}` : null,
  );
  // Cursors of the pages before this one, so "previous" can step back.
  const history = useRef<string[]>([]);
  const filterKey = JSON.stringify(query);
  const lastKey = useRef(filterKey);
  if (lastKey.current !== filterKey) {
    history.current = [];
    lastKey.current = filterKey;
  }
  const [q, setQ] = useState(f.q);
  useEffect(() => setQ(f.q), [f.q]);
  const [exporting, setExporting] = useState(false);

  const go = (changes: Record<string, string>, keepPage = false) => {
    const next = new URLSearchParams(search);
    for (const [k, v] of Object.entries(changes)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    if (!keepPage) {
      next.delete("cursor");
      next.delete("p");
    }
    const s = next.toString();
    navigate(path + (s ? `?${s}` : ""), { keepScroll: true });
  };
  const onSearch = (e: FormEvent) => {
    e.preventDefault();
    go({ q: q.trim() });
  };
  const nextPage = () => {
    if (!list.data?.next) return;
    history.current.push(cursor);
    go({ cursor: list.data.next, p: String(pageNo + 1) }, true);
  };
  const prevPage = () => {
    const prev = history.current.pop() ?? "";
    go({ cursor: prev, p: pageNo > 2 && prev ? String(pageNo - 1) : "" }, true);
  };

  const exportCsv = async () => {
    if (!plan) return;
    setExporting(true);
    try {
      const rows: Commitment[] = [];
      let next: string | null = "";
      while (next !== null && rows.length < 100_000) {
        const p: Page<Commitment> = await get(
          `/api/plans/${plan.id}/commitments${qs({ ...query, cursor: next || undefined, limit: 200 })}`,
        );
        rows.push(...p.items);
        next = p.next;
      }
      const head = [
        t("list.col.id"),
        t("list.col.text"),
        t("list.col.unit"),
        t("item.coop"),
        t("list.col.goals"),
        t("list.col.due"),
        t("list.col.status"),
        t("list.col.review"),
      ];
      const body = rows.map((c) => [
        c.id,
        c.text,
        unitName(c.lead_unit_id ?? c.unit_id),
        c.cooperating_unit_ids.map((u) => unitName(u)).join("、"),
        c.goals.map((g) => g.name).join("、"),
        c.due_date ?? "",
        t(`status.${c.status}` as MessageKey),
        t(`review.${c.review_state}` as MessageKey),
      ]);
      download(`commitments-${plan.id}.csv`, toCsv([head, ...body]));
    } finally {
      setExporting(false);
    }
  };

  const active = FILTERS.some((k) => f[k]);
  return (
    <div className="page commitments">
      <header className="page-head row">
        <h1>{t("list.title")}</h1>
        {plan && (
          <a
            className="btn"
            href={`/api/plans/${plan.id}/export${qs({ format: "xlsx", unit: query.unit, goal: f.goal, status: f.status, review: query.review })}`}
            download
            data-testid="xlsx"
          >
            {t("list.xlsx")}
          </a>
        )}
        {plan && !reporter && (
          <a className="btn" href={`/api/plans/${plan.id}/report${qs({ period: currentPeriod() })}`} download>
            {t("list.report", { p: currentPeriod() })}
          </a>
        )}
        <button
          type="button"
          className="btn"
          onClick={() => void exportCsv()}
          disabled={exporting}
          data-testid="csv"
        >
          {exporting ? t("list.csvBusy") : t("list.csv")}
        </button>
      </header>
      <form className="filters" onSubmit={onSearch} aria-label={t("list.filters")}>
        {!reporter && (
          <label>
            {t("list.unit")}
            <Choice
              name="unit"
              value={f.unit}
              onChange={(unit) => go({ unit })}
              empty={t("list.all")}
              options={byName(units)}
            />
          </label>
        )}
        <label>
          {t("list.goal")}
          <Choice
            name="goal"
            value={f.goal}
            onChange={(goal) => go({ goal })}
            empty={t("list.all")}
            options={byName(goals)}
          />
        </label>
        <label>
          {t("list.status")}
          <Choice
            name="status"
            value={f.status}
            onChange={(status) => go({ status })}
            empty={t("list.all")}
            options={STATUSES.map((s) => ({ value: s, label: t(`status.${s}` as MessageKey) }))}
          />
        </label>
        {!reporter && (
          <label>
            {t("list.review")}
            <Choice
              name="review"
              value={f.review}
              onChange={(review) => go({ review })}
              empty={t("list.all")}
              options={REVIEW_STATES.map((s) => ({ value: s, label: t(`review.${s}` as MessageKey) }))}
            />
          </label>
        )}
        <label>
          {t("list.sort")}
          <select value={f.sort} onChange={(e) => go({ sort: e.target.value })} name="sort">
            {(["id", "-id", "due_date"] as const).map((s) => (
              <option key={s} value={s === "id" ? "" : s}>
                {t(`list.sort.${s}` as MessageKey)}
              </option>
            ))}
          </select>
        </label>
        <label className="grow">
          {t("list.search")}
          <input
            type="search"
            name="q"
            value={q}
            maxLength={100}
            placeholder={t("list.searchPlaceholder")}
            onChange={(e) => setQ(e.target.value)}
          />
        </label>
        <button type="submit" className="btn">
          {t("list.search")}
        </button>
        {active && (
          <button type="button" className="btn ghost" onClick={() => navigate(path)}>
            {t("list.clear")}
          </button>
        )}
      </form>
      {list.error ? (
        <ErrorBox error={list.error} retry={list.reload} />
      ) : !list.data ? (
        <Loading />
      ) : list.data.items.length === 0 ? (
        <p className="empty">{t("list.empty")}</p>
      ) : (
        <>
          <div className="table-scroll">
            <table className="data cards" data-testid="commitments">
              <thead>
                <tr>
                  <th scope="col">{t("list.col.id")}</th>
                  <th scope="col">{t("list.col.text")}</th>
                  <th scope="col">{t("list.col.unit")}</th>
                  <th scope="col">{t("list.col.goals")}</th>
                  <th scope="col">{t("list.col.due")}</th>
                  <th scope="col">{t("list.col.status")}</th>
                  {!reporter && <th scope="col">{t("list.col.review")}</th>}
                </tr>
              </thead>
              <tbody>
                {list.data.items.map((c) => (
                  <tr key={c.id}>
                    <td className="num card-id" data-label={t("list.col.id")}>
                      {c.id}
                    </td>
                    <td className="card-title">
                      <Link to={`/commitments/${c.id}`}>{c.text}</Link>
                    </td>
                    <td className="nowrap" data-label={t("list.col.unit")}>
                      {unitName(c.lead_unit_id ?? c.unit_id)}
                    </td>
                    <td data-label={t("list.col.goals")}>
                      {c.goals.map((g) => (
                        <GoalChip key={g.goal_id} id={g.goal_id} name={g.name} />
                      ))}
                    </td>
                    <td className="nowrap" data-label={t("list.col.due")}>
                      {date(c.due_date)}
                    </td>
                    <td data-label={t("list.col.status")}>
                      <StatusBadge status={c.status} />
                      <LateFlag n={c.late_milestones} />
                    </td>
                    {!reporter && (
                      <td data-label={t("list.col.review")}>
                        <ReviewBadge state={c.review_state} />
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <nav className="pager" aria-label={t("list.page", { n: pageNo })}>
            <button type="button" className="btn" onClick={prevPage} disabled={!cursor}>
              {t("list.prev")}
            </button>
            <span>{t("list.page", { n: pageNo })}</span>
            <button type="button" className="btn" onClick={nextPage} disabled={!list.data.next}>
              {t("list.next")}
            </button>
          </nav>
        </>
      )}
    </div>
  );
}
