// Small shared pieces: badges, goal chips, loading and error states.
import type { ReactNode } from "react";
import { errorText, ruleText } from "../i18n/error-text.ts";
import { useI18n } from "../i18n/i18n.tsx";
import { ApiError } from "../lib/api.ts";
import { normalizeDay } from "../lib/dates.ts";
import { Link } from "../lib/router.ts";
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

/** The flag on an item (and its row in lists) with milestones past their day and not done. */
export function LateFlag({ n }: { n: number | undefined }) {
  const { t } = useI18n();
  if (!n) return null;
  return (
    <span className="badge flag" data-testid="late-flag">
      {t("item.lateFlag", { n })}
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

/** Words for any error a page meets: the API's code in the user's language, else the error's own text. */
export function useErrorText(): (e: unknown) => string {
  const { t, lang } = useI18n();
  return (e) =>
    e instanceof ApiError
      ? errorText(lang, e)
      : t("app.error", { message: e instanceof Error ? e.message : String(e) });
}

/** The page a signed-in user gets for what their role may not see: no retry, a way home. */
export function Forbidden({ message }: { message?: string }) {
  const { t } = useI18n();
  return (
    <div className="page notfound" data-testid="forbidden" role="alert">
      <h1>{t("forbidden.title")}</h1>
      <p>{message ?? t("forbidden.text")}</p>
      <Link to="/" className="btn">
        {t("notFound.home")}
      </Link>
    </div>
  );
}

/**
 * An error where the thing asked for would be. What it offers depends on
 * what can help: a 403 is a page with no retry (retrying changes nothing), a
 * changed record offers to reload, a lost session to sign in, a network or
 * server failure to retry; the server's English text is kept as detail.
 */
export function ErrorBox({
  error,
  retry,
  reload,
}: {
  error: Error;
  retry?: () => void;
  reload?: () => void;
}) {
  const { t } = useI18n();
  const say = useErrorText();
  const api = error instanceof ApiError ? error : null;
  // a page that could not load because of the role: the 403 page itself
  if (api?.status === 403 && api.code === "forbidden" && retry) return <Forbidden message={say(api)} />;
  // a crossed write ("busy") changed nothing and may simply be sent again
  const stale = api?.status === 409 && api.code !== "busy";
  const transient =
    !api || api.status === 0 || api.status === 429 || api.status >= 500 || api.code === "busy";
  const next = typeof location === "undefined" ? "/" : location.pathname + location.search;
  return (
    <div className="error" role="alert" data-code={api?.code ?? "error"}>
      <span>{say(error)}</span>
      {stale && (
        <button type="button" className="btn small" onClick={reload ?? retry ?? (() => location.reload())}>
          {t("app.reload")}
        </button>
      )}
      {api?.status === 401 && (
        <Link to={`/signin?next=${encodeURIComponent(next)}`} className="btn small">
          {t("nav.signin")}
        </Link>
      )}
      {retry && transient && (
        <button type="button" className="btn small" onClick={retry}>
          {t("app.retry")}
        </button>
      )}
      {api && api.status !== 0 && (
        <details className="error-detail small">
          <summary>{t("app.errorDetail")}</summary>
          <code>
            {api.status} {api.code}: {api.message}
          </code>
        </details>
      )}
    </div>
  );
}

/**
 * The message to show beside a form field for an API error, when the error
 * names one of `fields` (the rest go to the form's ErrorBox).
 */
export function useFieldError(error: ApiError | null, fields: readonly string[]) {
  const { lang } = useI18n();
  const at = (field: string) =>
    error && error.field === field && error.code === "validation" ? ruleText(lang, error) : null;
  const beside =
    !!error && error.field !== undefined && fields.includes(error.field) && error.code === "validation";
  return { at, rest: beside ? null : error };
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

/**
 * A date typed as YYYY-MM-DD in every browser. A native date input shows the
 * browser's locale (12/31/2024, 2024/12/31, 31.12.2024) and cannot be made to
 * show ISO, so this is a text input with the pattern, a placeholder and a
 * numeric keypad on phones; the form checks it with isDay (lib/dates.ts) before sending.
 */
export function DateInput({
  id,
  value,
  onChange,
  required,
  invalid,
  describedBy,
  placeholder,
  label,
}: {
  id: string;
  /** For an input without a visible <label>. */
  label?: string;
  value: string;
  onChange: (value: string) => void;
  required?: boolean;
  invalid?: boolean;
  describedBy?: string;
  placeholder?: string;
}) {
  return (
    <input
      id={id}
      type="text"
      inputMode="numeric"
      autoComplete="off"
      pattern="\d{4}-\d{2}-\d{2}"
      maxLength={10}
      placeholder={placeholder ?? "YYYY-MM-DD"}
      value={value}
      required={required}
      aria-invalid={invalid || undefined}
      aria-describedby={describedBy}
      aria-label={label}
      className="date-input"
      onChange={(e) => onChange(e.target.value.trim())}
      onBlur={(e) => {
        const day = normalizeDay(e.target.value);
        if (day !== value) onChange(day);
      }}
    />
  );
}
