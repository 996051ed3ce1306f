// The review queue: proposed items beside their evidence in context; confirm,
// edit, merge, split or reject each, by button or key (J/K, C, E, M, S, R).
// Every decision is one API command; the overview reads the same aggregates.
import { useCallback, useEffect, useState, type FormEvent } from "react";
import { useI18n } from "../i18n/i18n.tsx";
import type { MessageKey } from "../i18n/zh.ts";
import { api, ApiError } from "../lib/api.ts";
import { useSession } from "../lib/session.tsx";
import { useData } from "../lib/use-data.ts";
import type { Commitment, DocumentFull, Page } from "../lib/types.ts";
import { pageAt } from "../lib/pages.ts";
import { Link, useLocation } from "../lib/router.ts";
import { ErrorBox, Field, GoalChip, Loading, Choice, byName } from "../components/ui.tsx";

type Mode = "view" | "edit" | "merge" | "split" | "reject";
const CONTEXT = 160;

/** The mark of an item whose owner the engine guessed: the queue lists these first. */
function LowConfidence() {
  const { t } = useI18n();
  return (
    <span className="badge low-confidence" title={t("review.lowConfidenceHint")} data-testid="low-confidence">
      {t("review.lowConfidence")}
    </span>
  );
}

export function ReviewPage() {
  const { t } = useI18n();
  const { plan, unitName } = useSession();
  // ?document=ID: the queue of one document (where an upload lands).
  const documentId = Number(useLocation().search.get("document")) || null;
  const q = useData<Page<Commitment>>(
    plan
      ? `/api/plans/${plan.id}/commitments?review=proposed&limit=200${documentId ? `&document=${documentId}` : ""}`
      : null,
  );
  const items = q.data?.items ?? [];
  const [index, setIndex] = useState(0);
  const [mode, setMode] = useState<Mode>("view");
  const [message, setMessage] = useState("");
  const [error, setError] = useState<ApiError | null>(null);
  const current = items[Math.min(index, items.length - 1)];
  const doc = useData<DocumentFull>(current ? `/api/documents/${current.document_id}` : null);
  const page = current && doc.data ? pageAt(doc.data.pages, current.span[0]) : null;

  useEffect(() => {
    if (index >= items.length && items.length > 0) setIndex(items.length - 1);
  }, [index, items.length]);

  const act = useCallback(
    async (action: string, body?: unknown) => {
      if (!current) return;
      setError(null);
      try {
        await api("POST", `/api/commitments/${current.id}/${action}`, body, { ifMatch: current.version });
        setMessage(t("review.done", { action: t(`audit.${action}` as MessageKey), id: current.id }));
        setMode("view");
        q.reload();
      } catch (e) {
        setError(e instanceof ApiError ? e : new ApiError(0, "network", String(e)));
      }
    },
    [current, q, t],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      const el = e.target as HTMLElement;
      if (el.closest("input, textarea, select, [contenteditable]")) return;
      if (mode !== "view") {
        if (e.key === "Escape") setMode("view");
        return;
      }
      const k = e.key.toLowerCase();
      if (k === "j" || e.key === "ArrowDown") setIndex((i) => Math.min(items.length - 1, i + 1));
      else if (k === "k" || e.key === "ArrowUp") setIndex((i) => Math.max(0, i - 1));
      else if (k === "c") void act("confirm");
      else if (k === "e") setMode("edit");
      else if (k === "m") setMode("merge");
      else if (k === "s") setMode("split");
      else if (k === "r") setMode("reject");
      else return;
      e.preventDefault();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [mode, items.length, act]);

  if (q.error) return <ErrorBox error={q.error} retry={q.reload} />;
  if (!q.data) return <Loading />;
  return (
    <div className="page review-page">
      <header className="page-head row">
        <h1>{t("review.title")}</h1>
        <span className="muted" data-testid="review-count">
          {t("review.count", { n: items.length })}
        </span>
      </header>
      {documentId && (
        <p className="notice row wrap" data-testid="review-filter">
          {t("review.forDocument", { id: documentId })}
          <Link to="/review">{t("review.allDocuments")}</Link>
        </p>
      )}
      <p className="muted small keys-hint">{t("review.keys")}</p>
      <p role="status" className="notice" data-testid="review-message">
        {message}
      </p>
      {items.length === 0 ? (
        <p className="empty">{t("review.empty")}</p>
      ) : (
        <div className="review-layout">
          <ul className="queue" aria-label={t("review.title")}>
            {items.map((c, i) => (
              <li key={c.id}>
                <button
                  type="button"
                  aria-current={c === current ? "true" : undefined}
                  className={c === current ? "selected" : ""}
                  onClick={() => {
                    setIndex(i);
                    setMode("view");
                  }}
                >
                  <span className="muted small">
                    {c.low_confidence && <LowConfidence />}#{c.id} ·{" "}
                    {unitName(c.unit_id) || t("common.unknownUnit")}
                  </span>
                  <span>{c.text}</span>
                </button>
              </li>
            ))}
          </ul>
          {current && (
            <section className="panel review-item" aria-labelledby="review-item-h" data-testid="review-item">
              <h2 id="review-item-h">
                #{current.id} {current.text}
              </h2>
              <p className="row wrap">
                {current.low_confidence && <LowConfidence />}
                <span>{unitName(current.unit_id) || t("common.unknownUnit")}</span>
                {current.goals.map((g) => (
                  <GoalChip key={g.goal_id} id={g.goal_id} name={g.name} />
                ))}
              </p>
              <h3>
                {t("review.context")}
                {page !== null && (
                  <span className="page-ref" data-testid="evidence-page">
                    {" "}
                    {t("doc.page", { n: page })}
                  </span>
                )}
              </h3>
              <blockquote className="context">
                {doc.data ? (
                  <>
                    …{doc.data.text.slice(Math.max(0, current.span[0] - CONTEXT), current.span[0])}
                    <mark className="evidence-mark">
                      {doc.data.text.slice(current.span[0], current.span[1])}
                    </mark>
                    {doc.data.text.slice(current.span[1], current.span[1] + CONTEXT)}…
                  </>
                ) : (
                  current.text
                )}
              </blockquote>
              {mode === "view" && (
                <div className="actions" role="group" aria-label={t("review.title")}>
                  <button
                    type="button"
                    className="btn primary"
                    onClick={() => void act("confirm")}
                    data-testid="confirm"
                  >
                    {t("review.confirm")}
                  </button>
                  <button type="button" className="btn" onClick={() => setMode("edit")}>
                    {t("review.edit")}
                  </button>
                  <button type="button" className="btn" onClick={() => setMode("merge")}>
                    {t("review.merge")}
                  </button>
                  <button type="button" className="btn" onClick={() => setMode("split")}>
                    {t("review.split")}
                  </button>
                  <button type="button" className="btn danger" onClick={() => setMode("reject")}>
                    {t("review.reject")}
                  </button>
                </div>
              )}
              {mode === "edit" && (
                <EditForm c={current} onSubmit={(b) => act("edit", b)} onCancel={() => setMode("view")} />
              )}
              {mode === "merge" && (
                <MergeForm
                  c={current}
                  queue={items}
                  onSubmit={(into) => act("merge", { into })}
                  onCancel={() => setMode("view")}
                />
              )}
              {mode === "split" && (
                <SplitForm
                  c={current}
                  onSubmit={(parts) => act("split", { parts })}
                  onCancel={() => setMode("view")}
                />
              )}
              {mode === "reject" && (
                <RejectForm
                  onSubmit={(reason) => act("reject", { reason })}
                  onCancel={() => setMode("view")}
                />
              )}
              {error && <ErrorBox error={error} reload={q.reload} />}
            </section>
          )}
        </div>
      )}
    </div>
  );
}

function Buttons({ onCancel }: { onCancel: () => void }) {
  const { t } = useI18n();
  return (
    <div className="row">
      <button type="submit" className="btn primary">
        {t("review.save")}
      </button>
      <button type="button" className="btn ghost" onClick={onCancel}>
        {t("review.cancel")}
      </button>
    </div>
  );
}

function EditForm({
  c,
  onSubmit,
  onCancel,
}: {
  c: Commitment;
  onSubmit: (b: unknown) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const { units, goals } = useSession();
  const [text, setText] = useState(c.text);
  const [unit, setUnit] = useState(String(c.unit_id ?? ""));
  const [chosen, setChosen] = useState(new Set(c.goals.map((g) => g.goal_id)));
  const [err, setErr] = useState<string | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!text.trim()) return setErr(t("review.required"));
    void onSubmit({
      text: text.trim(),
      unit_id: unit ? Number(unit) : null,
      goals: [...chosen].map((goal_id) => ({ goal_id })),
    });
  };
  return (
    <form className="form-grid" onSubmit={submit}>
      <Field label={t("review.text")} id="edit-text" error={err}>
        <textarea id="edit-text" value={text} rows={3} onChange={(e) => setText(e.target.value)} autoFocus />
      </Field>
      <Field label={t("review.unit")} id="edit-unit">
        <Choice
          id="edit-unit"
          value={unit}
          onChange={setUnit}
          empty={t("common.unknownUnit")}
          options={byName(units)}
        />
      </Field>
      <fieldset>
        <legend>{t("review.goals")}</legend>
        {goals.map((g) => (
          <label key={g.id} className="check">
            <input
              type="checkbox"
              checked={chosen.has(g.id)}
              onChange={(e) => {
                const next = new Set(chosen);
                if (e.target.checked) next.add(g.id);
                else next.delete(g.id);
                setChosen(next);
              }}
            />
            {g.name}
          </label>
        ))}
      </fieldset>
      <Buttons onCancel={onCancel} />
    </form>
  );
}

function MergeForm({
  c,
  queue,
  onSubmit,
  onCancel,
}: {
  c: Commitment;
  queue: Commitment[];
  onSubmit: (into: number) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const { plan } = useSession();
  const same = useData<Page<Commitment>>(
    plan && c.unit_id
      ? `/api/plans/${plan.id}/commitments?unit=${c.unit_id}&review=confirmed&limit=200`
      : null,
  );
  const options = [...queue.filter((x) => x.id !== c.id), ...(same.data?.items ?? [])];
  const [into, setInto] = useState("");
  const [err, setErr] = useState<string | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!into) return setErr(t("review.required"));
    void onSubmit(Number(into));
  };
  return (
    <form className="form-grid" onSubmit={submit}>
      <Field label={t("review.mergeInto")} id="merge-into" error={err}>
        <select id="merge-into" value={into} onChange={(e) => setInto(e.target.value)} autoFocus>
          <option value="">{t("review.mergeChoose")}</option>
          {options.map((x) => (
            <option key={x.id} value={x.id}>
              #{x.id} {x.text.slice(0, 40)}
            </option>
          ))}
        </select>
      </Field>
      <Buttons onCancel={onCancel} />
    </form>
  );
}

function SplitForm({
  c,
  onSubmit,
  onCancel,
}: {
  c: Commitment;
  onSubmit: (parts: string[]) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const [text, setText] = useState(
    c.text
      .split(/[，；,;]/)
      .filter(Boolean)
      .join("\n"),
  );
  const [err, setErr] = useState<string | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parts = text
      .split("\n")
      .map((s) => s.trim())
      .filter(Boolean);
    if (parts.length < 2) return setErr(t("review.needTwo"));
    void onSubmit(parts);
  };
  return (
    <form className="form-grid" onSubmit={submit}>
      <Field label={t("review.splitParts")} id="split-parts" error={err}>
        <textarea
          id="split-parts"
          rows={4}
          value={text}
          onChange={(e) => setText(e.target.value)}
          autoFocus
        />
      </Field>
      <Buttons onCancel={onCancel} />
    </form>
  );
}

function RejectForm({
  onSubmit,
  onCancel,
}: {
  onSubmit: (reason: string) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const [reason, setReason] = useState("");
  const [err, setErr] = useState<string | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!reason.trim()) return setErr(t("review.required"));
    void onSubmit(reason.trim());
  };
  return (
    <form className="form-grid" onSubmit={submit}>
      <Field label={t("review.rejectReason")} id="reject-reason" error={err}>
        <input
          id="reject-reason"
          value={reason}
          maxLength={2000}
          onChange={(e) => setReason(e.target.value)}
          autoFocus
        />
      </Field>
      <Buttons onCancel={onCancel} />
    </form>
  );
}
