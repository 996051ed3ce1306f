// An item's delivery fields: lead and cooperating units and the deadline
// (完成时限, which shows the same date as the page header: the deadline set,
// else the targets' due year), and its milestones — added, edited, ticked
// off on the day they were done, flagged when late. Staff edit, others read.
import { useState, type FormEvent } from "react";
import { useI18n } from "../i18n/i18n.tsx";
import { api, ApiError } from "../lib/api.ts";
import { isDay, outsidePeriod, todayIso } from "../lib/dates.ts";
import { date } from "../lib/format.ts";
import { useSession } from "../lib/session.tsx";
import { useData } from "../lib/use-data.ts";
import type { CommitmentDetail, Milestone, Summary } from "../lib/types.ts";
import { byName, Choice, DateInput, ErrorBox, Field, Section, useFieldError } from "./ui.tsx";

const asApiError = (e: unknown) => (e instanceof ApiError ? e : new ApiError(0, "network", String(e)));

/** 完成时限 as read everywhere: the due date, marked when it comes from the targets rather than a deadline set. */
export function DueDate({ c }: { c: CommitmentDetail }) {
  const { t } = useI18n();
  return (
    <span data-testid="deadline-value">
      {date(c.due_date)}
      {c.deadline === null && c.due_date !== null && (
        <span className="muted small"> {t("item.dueDerived")}</span>
      )}
    </span>
  );
}

export function Tracking({
  c,
  canEdit,
  reload,
}: {
  c: CommitmentDetail;
  canEdit: boolean;
  reload: () => void;
}) {
  const { t } = useI18n();
  const { unitName } = useSession();
  return (
    <Section title={t("item.tracking")} id="tracking">
      {canEdit ? (
        <TrackingForm c={c} reload={reload} />
      ) : (
        <dl className="facts-list">
          <dt>{t("item.lead")}</dt>
          <dd>{unitName(c.lead_unit_id) || "—"}</dd>
          <dt>{t("item.coop")}</dt>
          <dd data-testid="coop">{c.cooperating_unit_ids.map((u) => unitName(u)).join("、") || "—"}</dd>
          <dt>{t("item.deadline")}</dt>
          <dd>
            <DueDate c={c} />
          </dd>
        </dl>
      )}
    </Section>
  );
}

const TRACKING_FIELDS = ["lead_unit_id", "cooperating_unit_ids", "deadline"] as const;

function TrackingForm({ c, reload }: { c: CommitmentDetail; reload: () => void }) {
  const { t } = useI18n();
  const { units, unitName } = useSession();
  const years = useData<Summary>(`/api/plans/${c.plan_id}/summary`);
  const [lead, setLead] = useState(String(c.lead_unit_id ?? ""));
  const [coop, setCoop] = useState<number[]>(c.cooperating_unit_ids);
  const [deadline, setDeadline] = useState(c.deadline ?? "");
  const [dateError, setDateError] = useState<string | null>(null);
  const [outside, setOutside] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(false);
  const fieldError = useFieldError(error, TRACKING_FIELDS);

  const send = async () => {
    setOutside(false);
    try {
      await api(
        "PATCH",
        `/api/commitments/${c.id}`,
        { lead_unit_id: lead ? Number(lead) : null, cooperating_unit_ids: coop, deadline: deadline || null },
        { ifMatch: c.version },
      );
      setSaved(true);
      reload();
    } catch (err) {
      setError(asApiError(err));
    }
  };
  const save = (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setSaved(false);
    setDateError(null);
    if (deadline && !isDay(deadline)) return setDateError(t("date.invalid"));
    // a deadline beyond the plan's years is usually a typo (2052 for 2025): ask first
    const changed = deadline !== (c.deadline ?? "");
    if (deadline && changed && years.data && outsidePeriod(deadline, years.data.period))
      return setOutside(true);
    void send();
  };
  const period = years.data?.period;
  const candidates = units.filter((u) => !coop.includes(u.id) && String(u.id) !== lead);
  return (
    <form className="form-grid" onSubmit={save} noValidate data-testid="tracking-form">
      <Field label={t("item.lead")} id="lead" error={fieldError.at("lead_unit_id")}>
        <Choice id="lead" value={lead} onChange={setLead} empty={t("users.none")} options={byName(units)} />
      </Field>
      <Field label={t("item.coop")} id="coop-add" error={fieldError.at("cooperating_unit_ids")}>
        <ul className="plain chips" data-testid="coop">
          {coop.length === 0 && <li className="muted small">{t("item.coopNone")}</li>}
          {coop.map((u) => (
            <li key={u} className="chip">
              {unitName(u)}
              <button
                type="button"
                className="chip-remove"
                aria-label={t("item.coopRemove", { name: unitName(u) })}
                onClick={() => setCoop(coop.filter((x) => x !== u))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
        <Choice
          id="coop-add"
          value=""
          onChange={(v) => v && setCoop([...coop, Number(v)])}
          empty={t("item.coopAdd")}
          options={byName(candidates)}
        />
      </Field>
      <Field
        label={t("item.deadline")}
        id="deadline"
        error={dateError ?? fieldError.at("deadline")}
        hint={
          c.deadline === null && c.due_date !== null && !deadline
            ? t("item.dueFromTargets", { date: c.due_date })
            : "YYYY-MM-DD"
        }
      >
        <DateInput
          id="deadline"
          value={deadline}
          onChange={(v) => {
            setDeadline(v);
            setOutside(false);
          }}
          placeholder={c.deadline === null && c.due_date ? c.due_date : undefined}
          invalid={!!dateError || !!fieldError.at("deadline")}
          describedBy={dateError || fieldError.at("deadline") ? "deadline-error" : "deadline-hint"}
        />
      </Field>
      {outside && period && (
        <div
          className="confirm"
          role="alertdialog"
          aria-labelledby="outside-text"
          data-testid="outside-period"
        >
          <p id="outside-text">
            {t("item.outsidePeriod", { date: deadline, from: period.from ?? "?", to: period.to ?? "?" })}
          </p>
          <div className="row">
            <button type="button" className="btn primary" onClick={() => void send()}>
              {t("item.outsideConfirm")}
            </button>
            <button type="button" className="btn" onClick={() => setOutside(false)}>
              {t("item.outsideBack")}
            </button>
          </div>
        </div>
      )}
      <div className="row">
        <button type="submit" className="btn primary">
          {t("users.save")}
        </button>
        {saved && <span role="status">{t("users.saved")}</span>}
      </div>
      {fieldError.rest && <ErrorBox error={fieldError.rest} reload={reload} />}
    </form>
  );
}

/** Whether a milestone is past its day and not done (as of the browser's today). */
const isLate = (m: Milestone, today: string) => !m.done_at && m.due_date < today;

export function Milestones({
  c,
  canEdit,
  reload,
}: {
  c: CommitmentDetail;
  canEdit: boolean;
  reload: () => void;
}) {
  const { t } = useI18n();
  const today = todayIso();
  return (
    <Section title={t("item.milestones")} id="milestones">
      {c.milestones.length === 0 ? (
        <p className="muted">{t("item.noMilestones")}</p>
      ) : (
        <ol className="plain milestones" data-testid="milestones">
          {c.milestones.map((m) => (
            <MilestoneRow
              key={`${m.id}-${m.version}`}
              m={m}
              late={isLate(m, today)}
              canEdit={canEdit}
              reload={reload}
            />
          ))}
        </ol>
      )}
      {canEdit && <AddMilestone commitmentId={c.id} reload={reload} />}
    </Section>
  );
}

type Mode = "view" | "tick" | "edit";

function MilestoneRow({
  m,
  late,
  canEdit,
  reload,
}: {
  m: Milestone;
  late: boolean;
  canEdit: boolean;
  reload: () => void;
}) {
  const { t } = useI18n();
  const [mode, setMode] = useState<Mode>("view");
  const [doneOn, setDoneOn] = useState(todayIso());
  const [title, setTitle] = useState(m.title);
  const [due, setDue] = useState(m.due_date);
  const [dateError, setDateError] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const fieldError = useFieldError(error, ["title", "due_date", "done_on"]);
  const patch = async (body: Record<string, unknown>) => {
    setError(null);
    try {
      await api("PATCH", `/api/milestones/${m.id}`, body, { ifMatch: m.version });
      setMode("view");
      reload();
    } catch (err) {
      setError(asApiError(err));
    }
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setDateError(null);
    if (mode === "tick") {
      if (!isDay(doneOn)) return setDateError(t("date.invalid"));
      void patch({ done_on: doneOn });
    } else {
      if (!isDay(due)) return setDateError(t("date.invalid"));
      void patch({ title: title.trim(), due_date: due });
    }
  };
  const idp = `ms${m.id}`;
  return (
    <li className={`milestone${m.done_at ? " done" : ""}${late ? " late" : ""}`} data-testid="milestone">
      <p className="row wrap">
        <span aria-hidden="true">{m.done_at ? "✓" : "○"}</span>
        <strong>{m.title}</strong>
        <span>{date(m.due_date)}</span>
        {m.done_at && <span className="muted">{t("item.milestoneDoneOn", { date: date(m.done_at) })}</span>}
        {late && (
          <span className="badge flag" data-testid="milestone-late">
            {t("item.lateMilestone")}
          </span>
        )}
        {canEdit && mode === "view" && (
          <span className="row">
            {m.done_at ? (
              <button type="button" className="btn small" onClick={() => void patch({ done: false })}>
                {t("item.milestoneUntick")}
              </button>
            ) : (
              <button
                type="button"
                className="btn small"
                onClick={() => setMode("tick")}
                aria-label={`${t("item.milestoneTick")}：${m.title}`}
              >
                {t("item.milestoneTick")}
              </button>
            )}
            <button
              type="button"
              className="btn small ghost"
              onClick={() => setMode("edit")}
              aria-label={`${t("item.milestoneEdit")}：${m.title}`}
            >
              {t("item.milestoneEdit")}
            </button>
          </span>
        )}
      </p>
      {mode !== "view" && (
        <form className="form-grid" onSubmit={submit} noValidate>
          {mode === "tick" ? (
            <Field
              label={t("item.milestoneDone")}
              id={`${idp}-done`}
              error={dateError ?? fieldError.at("done_on")}
              hint="YYYY-MM-DD"
            >
              <DateInput id={`${idp}-done`} value={doneOn} onChange={setDoneOn} required />
            </Field>
          ) : (
            <>
              <Field label={t("item.milestoneTitle")} id={`${idp}-title`} error={fieldError.at("title")}>
                <input
                  id={`${idp}-title`}
                  value={title}
                  maxLength={500}
                  required
                  onChange={(e) => setTitle(e.target.value)}
                />
              </Field>
              <Field
                label={t("item.milestoneDue")}
                id={`${idp}-due`}
                error={dateError ?? fieldError.at("due_date")}
                hint="YYYY-MM-DD"
              >
                <DateInput id={`${idp}-due`} value={due} onChange={setDue} required />
              </Field>
            </>
          )}
          <div className="row">
            <button type="submit" className="btn primary small">
              {mode === "tick" ? t("item.milestoneTick") : t("item.milestoneSave")}
            </button>
            <button type="button" className="btn small" onClick={() => setMode("view")}>
              {t("item.milestoneCancel")}
            </button>
          </div>
        </form>
      )}
      {fieldError.rest && <ErrorBox error={fieldError.rest} reload={reload} />}
    </li>
  );
}

function AddMilestone({ commitmentId, reload }: { commitmentId: number; reload: () => void }) {
  const { t } = useI18n();
  const [title, setTitle] = useState("");
  const [due, setDue] = useState("");
  const [dateError, setDateError] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const fieldError = useFieldError(error, ["title", "due_date"]);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setDateError(null);
    if (!isDay(due)) return setDateError(t("date.invalid"));
    try {
      await api("POST", `/api/commitments/${commitmentId}/milestones`, {
        title: title.trim(),
        due_date: due,
      });
      setTitle("");
      setDue("");
      reload();
    } catch (err) {
      setError(asApiError(err));
    }
  };
  return (
    <form
      className="form-grid add-milestone"
      onSubmit={(e) => void submit(e)}
      noValidate
      data-testid="add-milestone"
    >
      <Field label={t("item.milestoneTitle")} id="ms-new-title" error={fieldError.at("title")}>
        <input id="ms-new-title" value={title} maxLength={500} onChange={(e) => setTitle(e.target.value)} />
      </Field>
      <Field
        label={t("item.milestoneDue")}
        id="ms-new-due"
        error={dateError ?? fieldError.at("due_date")}
        hint="YYYY-MM-DD"
      >
        <DateInput id="ms-new-due" value={due} onChange={setDue} />
      </Field>
      <div className="row">
        <button type="submit" className="btn">
          {t("item.milestoneAdd")}
        </button>
      </div>
      {fieldError.rest && <ErrorBox error={fieldError.rest} reload={reload} />}
    </form>
  );
}
