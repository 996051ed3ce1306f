// Small shared pieces: badges, goal chips, loading and error states.
import type { ReactNode } from "react";
import { useI18n } from "../i18n/i18n.tsx";
import type { MessageKey } from "../i18n/zh.ts";
import { goalStrong, goalTint, STATUS_COLOR } from "../lib/colors.ts";
import { useSession } from "../lib/session.tsx";

export function StatusBadge({ status }: { status: string }) {
  const { t } = useI18n();
  return (
    <span className="badge" style={{ background: STATUS_COLOR[status] ?? "#4b5563" }} data-status={status}>
      {t(`status.${status}` as MessageKey)}
    </span>
  );
}

export function ReviewBadge({ state }: { state: string }) {
  const { t } = useI18n();
  return (
    <span className={`review review-${state}`} data-review={state}>
      {t(`review.${state}` as MessageKey)}
    </span>
  );
}

export function GoalChip({ id, name }: { id: number; name: string }) {
  const { goalIndex } = useSession();
  const i = goalIndex(id);
  return (
    <span className="chip" style={{ background: goalTint(i), borderColor: goalStrong(i) }}>
      <span className="swatch" style={{ background: goalStrong(i) }} aria-hidden="true" />
      {name}
    </span>
  );
}

export function Loading() {
  const { t } = useI18n();
  return (
    <p className="muted" role="status">
      {t("app.loading")}
    </p>
  );
}

export function ErrorBox({ error, retry }: { error: Error; retry?: () => void }) {
  const { t } = useI18n();
  return (
    <div className="error" role="alert">
      {t("app.error", { message: error.message })}
      {retry && (
        <button type="button" className="btn small" onClick={retry}>
          {t("app.retry")}
        </button>
      )}
    </div>
  );
}

export function Section({ title, children, id }: { title: string; children: ReactNode; id?: string }) {
  return (
    <section className="panel" aria-labelledby={id ? `${id}-h` : undefined}>
      <h2 id={id ? `${id}-h` : undefined}>{title}</h2>
      {children}
    </section>
  );
}

export function Field({
  label,
  id,
  error,
  hint,
  children,
}: {
  label: string;
  id: string;
  error?: string | null;
  hint?: string;
  children: ReactNode;
}) {
  return (
    <div className={`field${error ? " invalid" : ""}`}>
      <label htmlFor={id}>{label}</label>
      {children}
      {hint && !error && (
        <small className="hint" id={`${id}-hint`}>
          {hint}
        </small>
      )}
      {error && (
        <small className="field-error" id={`${id}-error`} role="alert">
          {error}
        </small>
      )}
    </div>
  );
}

/** One choice of a select: the value sent, the text shown. */
export interface ChoiceOption {
  value: string | number;
  label: string;
}

/**
 * A select with an empty first choice (all, none, unknown…) and the given
 * options: the filters and forms of every page choose a unit, a goal or a
 * state this way.
 */
export function Choice({
  id,
  name,
  value,
  onChange,
  empty,
  options,
}: {
  id?: string;
  name?: string;
  value: string;
  onChange: (value: string) => void;
  empty: string;
  options: readonly ChoiceOption[];
}) {
  return (
    <select id={id} name={name} value={value} onChange={(e) => onChange(e.target.value)}>
      <option value="">{empty}</option>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}

/** Units (or goals) as choices: their id is sent, their name shown. */
export const byName = (items: readonly { id: number; name: string }[]): ChoiceOption[] =>
  items.map((i) => ({ value: i.id, label: i.name }));
