// One commitment: evidence in context, its goals with the cue that decided
// each, targets with a chart of reported figures against the trajectory,
// delivery fields and milestones (components/delivery.tsx), progress reports
// and, for staff, its history (components/history.tsx).
import { useI18n } from "../i18n/i18n.tsx";
import type { MessageKey } from "../i18n/zh.ts";
import { date, dateTime, num } from "../lib/format.ts";
import { Link } from "../lib/router.ts";
import { useSession } from "../lib/session.tsx";
import { CyclePanel } from "../components/cycle-panel.tsx";
import { useData } from "../lib/use-data.ts";
import type { AuditEntry, CommitmentDetail, DocumentFull, Page, Progress } from "../lib/types.ts";
import { pageAt } from "../lib/pages.ts";
import {
  ErrorBox,
  GoalChip,
  LateFlag,
  Loading,
  ReviewBadge,
  Section,
  StatusBadge,
} from "../components/ui.tsx";
import { Milestones, Tracking } from "../components/delivery.tsx";
import { History } from "../components/history.tsx";
import { TargetChart, goalFigure } from "../components/target-chart.tsx";

const CONTEXT = 120;

export function CommitmentPage({ id }: { id: number }) {
  const { t, lang } = useI18n();
  const { user, unitName } = useSession();
  const staff = user?.role === "admin" || user?.role === "supervisor";
  const d = useData<CommitmentDetail>(`/api/commitments/${id}`);
  const progress = useData<Page<Progress>>(`/api/commitments/${id}/progress?limit=200`);
  const doc = useData<DocumentFull>(staff && d.data ? `/api/documents/${d.data.document_id}` : null);
  const audit = useData<Page<AuditEntry>>(
    staff ? `/api/audit?entity=commitment&entity_id=${id}&limit=100` : null,
  );
  if (d.error) return <ErrorBox error={d.error} retry={d.reload} />;
  // after a change the history has a new entry too
  const reload = () => {
    d.reload();
    audit.reload();
  };
  if (!d.data) return <Loading />;
  const c = d.data;
  const reports = progress.data?.items ?? [];
  return (
    <div className="page commitment">
      <header className="page-head">
        <p className="muted">{t("item.title", { id: c.id })}</p>
        <h1 className="item-title">{c.text}</h1>
        <p className="row wrap">
          <span>{unitName(c.lead_unit_id ?? c.unit_id) || t("common.unknownUnit")}</span>
          <StatusBadge status={c.status} />
          <ReviewBadge state={c.review_state} />
          {c.due_date && (
            <span data-testid="header-due">{t("overview.due", { date: date(c.due_date) })}</span>
          )}
          <LateFlag n={c.late_milestones} />
        </p>
        {c.review_state === "merged" && c.merged_into_id !== null && (
          <p className="notice" data-testid="merged-into">
            {t("item.mergedInto")}{" "}
            <Link to={`/commitments/${c.merged_into_id}`}>{t("item.ref", { id: c.merged_into_id })}</Link>
          </p>
        )}
      </header>
      <div className="grid-2">
        <div className="stack">
          <Section title={t("item.evidence")} id="evidence">
            <blockquote className="context" data-testid="evidence">
              {doc.data ? (
                <>
                  …{doc.data.text.slice(Math.max(0, c.span[0] - CONTEXT), c.span[0])}
                  <mark className="evidence-mark">{doc.data.text.slice(c.span[0], c.span[1])}</mark>
                  {doc.data.text.slice(c.span[1], c.span[1] + CONTEXT)}…
                </>
              ) : (
                <mark className="evidence-mark">{c.evidence ?? c.text}</mark>
              )}
            </blockquote>
            {doc.data && pageAt(doc.data.pages, c.span[0]) !== null && (
              <p className="page-ref small" data-testid="evidence-page">
                {t("doc.page", { n: pageAt(doc.data.pages, c.span[0])! })}
              </p>
            )}
            {staff && (
              <Link to={`/reader/${c.document_id}?focus=${c.id}`} className="btn small" data-testid="jump">
                {t("item.inDocument")}
              </Link>
            )}
          </Section>
          <Section title={t("item.goals")} id="goals">
            {c.goals.length === 0 ? (
              <p className="muted">{t("item.noGoals")}</p>
            ) : (
              <ul className="plain">
                {c.goals.map((g) => (
                  <li key={g.goal_id} className="row wrap">
                    <GoalChip id={g.goal_id} name={g.name} />
                    <span>
                      {t(`cue.${g.cue.kind}` as MessageKey)}：“{g.cue.text}”
                    </span>
                    <span className="muted small">
                      {t("item.confidence", { p: Math.round(g.confidence * 100) })}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </Section>
          <Section title={t("item.targets")} id="targets">
            {c.targets.filter((x) => !x.is_baseline).length === 0 && (
              <p className="muted">{t("item.noTargets")}</p>
            )}
            {c.targets
              .filter((x) => !x.is_baseline)
              .map((x) => (
                <div key={x.id} className="target">
                  <p className="row wrap">
                    <strong>{x.metric}</strong>
                    <span>
                      {t("item.goalValue", {
                        cmp: t(`cmp.${x.comparator}` as MessageKey),
                        v: `${num(goalFigure(x) ?? x.value, lang)}${x.value_kind === "percent" ? "%" : (x.unit_of_measure ?? "")}${x.value_kind === "multiple" && x.baseline_value === null ? ` (×${x.value})` : ""}`,
                      })}
                    </span>
                    {x.baseline_value !== null && (
                      <span className="muted">
                        {t("item.baseline", { v: num(x.baseline_value, lang), y: x.baseline_year ?? "?" })}
                      </span>
                    )}
                    {x.due_year && <span className="muted">{t("item.dueYear", { y: x.due_year })}</span>}
                    {x.latest_figure !== null && (
                      <span>
                        {t("item.latest", { v: num(x.latest_figure, lang), p: x.latest_period ?? "" })}
                      </span>
                    )}
                    <StatusBadge status={x.status} />
                  </p>
                  <TargetChart target={x} reports={reports} />
                </div>
              ))}
          </Section>
        </div>
        <div className="stack">
          <Tracking key={c.version} c={c} canEdit={staff} reload={reload} />
          <Milestones c={c} canEdit={staff} reload={reload} />
          {c.review_state === "confirmed" && (
            <CyclePanel id={c.id} staff={staff} canReport={user !== null} done={c.status === "done"} />
          )}
          <Section title={t("item.progress")} id="progress">
            {reports.length === 0 ? (
              <p className="muted">{t("item.noProgress")}</p>
            ) : (
              <ol className="timeline" data-testid="progress">
                {reports.map((r, i) => (
                  <li key={r.id ?? i}>
                    <p className="row wrap">
                      <strong>{r.period}</strong>
                      {r.figure !== null && <span>{t("item.figure", { v: num(r.figure, lang) })}</span>}
                      {r.complete && (
                        <span className="badge" style={{ background: "#1d4ed8" }}>
                          {t("item.complete")}
                        </span>
                      )}
                    </p>
                    <p className="pre">{r.narrative}</p>
                    {r.evidence_links.map((l) => (
                      <p key={l} className="small">
                        <a
                          href={/^https?:\/\//.test(l) ? l : undefined}
                          rel="noopener noreferrer nofollow"
                          target="_blank"
                        >
                          {l}
                        </a>
                      </p>
                    ))}
                    <p className="muted small">
                      {t("item.reportedBy", { name: r.reporter_name ?? "", at: dateTime(r.reported_at) })}
                    </p>
                  </li>
                ))}
              </ol>
            )}
          </Section>
          {staff && (
            <Section title={t("item.history")} id="history">
              {audit.error && <ErrorBox error={audit.error} />}
              <History c={c} entries={audit.data?.items ?? null} />
            </Section>
          )}
        </div>
      </div>
    </div>
  );
}
