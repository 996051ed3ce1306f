// The one page a user with a one-time password sees: the current password,
// the new one twice. On success the session's user no longer has to change
// it and the app shows the page the user asked for.
import { useState, type FormEvent } from "react";
import { useI18n } from "../i18n/i18n.tsx";
import { ApiError } from "../lib/api.ts";
import { useSession } from "../lib/session.tsx";
import { Field } from "../components/ui.tsx";

export function ChangePasswordPage() {
  const { t } = useI18n();
  const { changePassword } = useSession();
  const [current, setCurrent] = useState("");
  const [next, setNext] = useState("");
  const [repeat, setRepeat] = useState("");
  const [error, setError] = useState<{ field: string | null; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (next !== repeat) return setError({ field: "repeat", message: t("password.mismatch") });
    setBusy(true);
    setError(null);
    try {
      await changePassword(current, next);
    } catch (err) {
      setError({
        field: err instanceof ApiError ? (err.field ?? null) : null,
        message: (err as Error).message,
      });
    } finally {
      setBusy(false);
    }
  };
  const on = (field: string) => (error?.field === field ? error.message : null);
  return (
    <div className="page signin">
      <form className="panel signin-form" onSubmit={(e) => void submit(e)} aria-labelledby="password-h">
        <h1 id="password-h">{t("password.title")}</h1>
        <p>{t("password.intro")}</p>
        <Field label={t("password.current")} id="current-password" error={on("current_password")}>
          <input
            id="current-password"
            type="password"
            autoComplete="current-password"
            value={current}
            onChange={(e) => setCurrent(e.target.value)}
            required
            autoFocus
          />
        </Field>
        <Field label={t("password.new")} id="new-password" error={on("new_password")}>
          <input
            id="new-password"
            type="password"
            autoComplete="new-password"
            minLength={8}
            value={next}
            onChange={(e) => setNext(e.target.value)}
            required
          />
        </Field>
        <Field label={t("password.repeat")} id="repeat-password" error={on("repeat")}>
          <input
            id="repeat-password"
            type="password"
            autoComplete="new-password"
            value={repeat}
            onChange={(e) => setRepeat(e.target.value)}
            required
          />
        </Field>
        {error && !["current_password", "new_password", "repeat"].includes(error.field ?? "") && (
          <p className="field-error" role="alert">
            {error.message}
          </p>
        )}
        <button type="submit" className="btn primary" disabled={busy}>
          {t("password.submit")}
        </button>
      </form>
    </div>
  );
}
