// Reporting: a unit's confirmed commitments, those owing a report for this
// period first; a form per item (period, figure for a target, narrative,
// evidence link, complete) with validation messages beside each field.
import { ruleText } from "../i18n/error-text.ts";
import { useCallback, useEffect, useState, type FormEvent } from "react";
import { useI18n } from "../i18n/i18n.tsx";
import type { MessageKey } from "../i18n/zh.ts";
import { api, ApiError, get, qs } from "../lib/api.ts";
import { currentPeriod, PERIOD_RE } from "../lib/format.ts";
import { Link } from "../lib/router.ts";
import { useSession } from "../lib/session.tsx";
import type { Commitment, CommitmentDetail, ReportingList } from "../lib/types.ts";
import { ErrorBox, Field, LateFlag, Loading, StatusBadge, Choice, useErrorText } from "../components/ui.tsx";

interface Row {
  c: Commitment;
  last: string | null;
}

export function ReportingPage() {
  const { t } = useI18n();
  const { plan, user, units } = useSession();
  const period = currentPeriod();
  const [unit, setUnit] = useState<number | null>(user?.unit_id ?? null);
  const [rows, setRows] = useState<Row[] | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const [open, setOpen] = useState<number | null>(null);
  const [done, setDone] = useState<Record<number, string>>({});

  const load = useCallback(async () => {
    if (!plan || unit === null) return;
    setError(null);
    try {
      // One request for the whole list with each item's latest report period.
      const r = await get<ReportingList>(
        `/api/plans/${plan.id}/reporting${qs({ unit: user?.role === "reporter" ? undefined : unit })}`,
      );
      const all: Row[] = r.items.map((i) => ({ c: i.commitment, last: i.last_period }));
      const owes = (r: Row) => r.c.status !== "done" && r.last !== period;
      all.sort((a, b) => Number(owes(b)) - Number(owes(a)) || a.c.id - b.c.id);
      setRows(all);
    } catch (e) {
      setError(e as Error);
    }
  }, [plan, unit, user, period]);
  useEffect(() => {
    void load();
  }, [load]);

  if (user?.role === "reporter" && user.unit_id === null)
    return <p className="error">{t("reporting.noUnit")}</p>;
  const owing = rows?.filter((r) => r.c.status !== "done" && r.last !== period).length ?? 0;
  return (
    <div className="page reporting">
      <header className="page-head row">
        <h1>{t("reporting.title")}</h1>
        <span className="muted">{t("reporting.period", { p: period })}</span>
        {user?.role !== "reporter" && (
          <label className="inline">
            {t("list.unit")}
            <select
              value={unit ?? ""}
              onChange={(e) => setUnit(e.target.value ? Number(e.target.value) : null)}
            >
              <option value="">—</option>
              {units.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </select>
          </label>
        )}
      </header>
      {error && <ErrorBox error={error} retry={() => void load()} />}
      {unit !== null && !rows && !error && <Loading />}
      {rows && (
        <>
          <p className="lead" data-testid="owing">
            {owing > 0 ? t("reporting.owing", { n: owing }) : t("reporting.allDone")}
          </p>
          <ul className="report-list">
            {rows.map(({ c, last }) => (
              <li
                key={c.id}
                className={`report-row${c.status !== "done" && last !== period ? " owes" : ""}`}
                data-testid={`report-${c.id}`}
              >
                <div className="row wrap">
                  <Link to={`/commitments/${c.id}`} className="grow">
                    #{c.id} {c.text}
                  </Link>
                  <StatusBadge status={c.status} />
                  <LateFlag n={c.late_milestones} />
                  <span className="muted small">
                    {last ? t("reporting.last", { p: last }) : t("reporting.never")}
                  </span>
                  <button
                    type="button"
                    className="btn small"
                    aria-expanded={open === c.id}
                    aria-controls={`form-${c.id}`}
                    onClick={() => setOpen(open === c.id ? null : c.id)}
                  >
                    {t("reporting.form", { id: c.id })}
                  </button>
                </div>
                {done[c.id] && (
                  <p role="status" className="notice">
                    {done[c.id]}
                  </p>
                )}
                {open === c.id && (
                  <ReportForm
                    id={c.id}
                    period={period}
                    onFiled={(status) => {
                      setDone((d) => ({
                        ...d,
                        [c.id]: t("reporting.submitted", { status: t(`status.${status}` as MessageKey) }),
                      }));
                      setOpen(null);
                      void load();
                    }}
                  />
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

type Errors = Partial<Record<"period" | "figure" | "narrative" | "evidence" | "form", string>>;

function ReportForm({
  id,
  period: initial,
  onFiled,
}: {
  id: number;
  period: string;
  onFiled: (status: string) => void;
}) {
  const { t, lang } = useI18n();
  const say = useErrorText();
  const [detail, setDetail] = useState<CommitmentDetail | null>(null);
  const [period, setPeriod] = useState(initial);
  const [target, setTarget] = useState("");
  const [figure, setFigure] = useState("");
  const [narrative, setNarrative] = useState("");
  const [link, setLink] = useState("");
  const [complete, setComplete] = useState(false);
  const isReporter = useSession().user?.role === "reporter";
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    void get<CommitmentDetail>(`/api/commitments/${id}`).then(setDetail);
  }, [id]);
  const targets = detail?.targets.filter((x) => !x.is_baseline) ?? [];

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const errs: Errors = {};
    if (!PERIOD_RE.test(period.trim())) errs.period = t("reporting.badPeriod");
    if (figure.trim() && !Number.isFinite(Number(figure))) errs.figure = t("reporting.badFigure");
    if (target && !figure.trim()) errs.figure = t("reporting.needFigure");
    if (!narrative.trim()) errs.narrative = t("reporting.needNarrative");
    if (link.trim() && !/^https?:\/\/\S+$/.test(link.trim())) errs.evidence = t("reporting.badLink");
    setErrors(errs);
    if (Object.keys(errs).length) {
      document.getElementById(`f${id}-${Object.keys(errs)[0]}`)?.focus();
      return;
    }
    setBusy(true);
    try {
      await api("POST", `/api/commitments/${id}/progress`, {
        period: period.trim(),
        narrative: narrative.trim(),
        figure: figure.trim() ? Number(figure) : null,
        target_id: target ? Number(target) : null,
        complete,
        evidence_links: link.trim() ? [link.trim()] : [],
      });
      const after = await get<CommitmentDetail>(`/api/commitments/${id}`);
      onFiled(after.status);
    } catch (err) {
      const a = err instanceof ApiError ? err : new ApiError(0, "network", String(err));
      const f = a.field?.split(".")[0];
      const key = f === "evidence_links" ? "evidence" : f === "target_id" ? "figure" : f;
      setErrors(
        key && ["period", "figure", "narrative", "evidence"].includes(key)
          ? { [key]: a.code === "validation" ? ruleText(lang, a) : say(a) }
          : { form: say(a) },
      );
    } finally {
      setBusy(false);
    }
  };

  const described = (k: keyof Errors) => (errors[k] ? `f${id}-${k}-error` : undefined);
  return (
    <form id={`form-${id}`} className="form-grid report-form" onSubmit={(e) => void submit(e)} noValidate>
      <Field label={t("reporting.periodField")} id={`f${id}-period`} error={errors.period}>
        <input
          id={`f${id}-period`}
          name="period"
          value={period}
          onChange={(e) => setPeriod(e.target.value)}
          aria-invalid={!!errors.period}
          aria-describedby={described("period")}
          size={10}
        />
      </Field>
      {targets.length > 0 && (
        <Field label={t("reporting.target")} id={`f${id}-target`}>
          <Choice
            id={`f${id}-target`}
            value={target}
            onChange={setTarget}
            empty={t("reporting.noTarget")}
            options={targets.map((x) => ({ value: x.id, label: x.metric }))}
          />
        </Field>
      )}
      <Field label={t("reporting.figure")} id={`f${id}-figure`} error={errors.figure}>
        <input
          id={`f${id}-figure`}
          name="figure"
          inputMode="decimal"
          value={figure}
          onChange={(e) => setFigure(e.target.value)}
          aria-invalid={!!errors.figure}
          aria-describedby={described("figure")}
          size={12}
        />
      </Field>
      <Field label={t("reporting.narrative")} id={`f${id}-narrative`} error={errors.narrative}>
        <textarea
          id={`f${id}-narrative`}
          name="narrative"
          rows={3}
          value={narrative}
          onChange={(e) => setNarrative(e.target.value)}
          aria-invalid={!!errors.narrative}
          aria-describedby={described("narrative")}
          maxLength={20000}
        />
      </Field>
      <Field
        label={t("reporting.evidence")}
        id={`f${id}-evidence`}
        error={errors.evidence}
        hint={t("reporting.evidenceHint")}
      >
        <input
          id={`f${id}-evidence`}
          name="evidence"
          type="url"
          value={link}
          onChange={(e) => setLink(e.target.value)}
          aria-invalid={!!errors.evidence}
          aria-describedby={errors.evidence ? described("evidence") : `f${id}-evidence-hint`}
        />
      </Field>
      {/* a reporter closes an item by proposing completion (提请销号) on its page */}
      {!isReporter && (
        <label className="check">
          <input type="checkbox" checked={complete} onChange={(e) => setComplete(e.target.checked)} />
          {t("reporting.complete")}
        </label>
      )}
      {errors.form && (
        <p className="field-error" role="alert">
          {errors.form}
        </p>
      )}
      <div>
        <button type="submit" className="btn primary" disabled={busy}>
          {t("reporting.submit")}
        </button>
      </div>
    </form>
  );
}
