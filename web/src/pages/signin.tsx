// Sign-in: username and password; on success, back to where the user was going.
import { useState, type FormEvent } from "react";
import { useI18n } from "../i18n/i18n.tsx";
import { ApiError } from "../lib/api.ts";
import { Link, navigate, useLocation } from "../lib/router.ts";
import { useSession } from "../lib/session.tsx";
import { Field, useErrorText } from "../components/ui.tsx";

export function SignInPage() {
  const { t } = useI18n();
  const say = useErrorText();
  const { signIn } = useSession();
  const { search } = useLocation();
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const user = await signIn(username.trim(), password);
      const next = search.get("next");
      const safe =
        next && next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/signin") ? next : null;
      navigate(safe ?? (user.role === "reporter" ? "/reporting" : "/"), { replace: true });
    } catch (err) {
      setError(err instanceof ApiError && err.status === 401 ? t("signin.failed") : say(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="page signin">
      <form className="panel signin-form" onSubmit={(e) => void submit(e)} aria-labelledby="signin-h">
        <h1 id="signin-h">{t("signin.title")}</h1>
        <Field label={t("signin.username")} id="username">
          <input
            id="username"
            name="username"
            autoComplete="username"
            value={username}
            onChange={(e) => setUsername(e.target.value)}
            required
            autoFocus
          />
        </Field>
        <Field label={t("signin.password")} id="password">
          <input
            id="password"
            name="password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            required
          />
        </Field>
        {error && (
          <p className="field-error" role="alert" data-testid="signin-error">
            {error}
          </p>
        )}
        <button type="submit" className="btn primary" disabled={busy}>
          {t("signin.submit")}
        </button>
        <p>
          <Link to="/public">{t("signin.public")}</Link>
        </p>
      </form>
    </div>
  );
}
