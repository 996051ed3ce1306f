// User administration (admin): list, add, change role/unit/name, reset a
// password, disable or enable. Each change sends the version it is based on.
import { ruleText } from "../i18n/error-text.ts";
import { useState, type FormEvent } from "react";
import { useI18n } from "../i18n/i18n.tsx";
import type { MessageKey } from "../i18n/zh.ts";
import { api, ApiError } from "../lib/api.ts";
import { useSession } from "../lib/session.tsx";
import { useData } from "../lib/use-data.ts";
import type { Page, Role, User } from "../lib/types.ts";
import { ErrorBox, Field, Loading, Section, Choice, byName, useErrorText } from "../components/ui.tsx";

const ROLES: Role[] = ["admin", "supervisor", "reporter"];

export function UsersPage() {
  const { t } = useI18n();
  const list = useData<Page<User>>("/api/users");
  const [notice, setNotice] = useState("");
  if (list.error) return <ErrorBox error={list.error} retry={list.reload} />;
  if (!list.data) return <Loading />;
  return (
    <div className="page users">
      <header className="page-head">
        <h1>{t("users.title")}</h1>
      </header>
      <p role="status" className="notice">
        {notice}
      </p>
      <div className="grid-2 wide-left">
        <Section title={t("users.title")} id="users-list">
          <div className="table-scroll">
            <table className="data cards" data-testid="users">
              <thead>
                <tr>
                  <th scope="col">{t("users.username")}</th>
                  <th scope="col">{t("users.name")}</th>
                  <th scope="col">{t("users.role")}</th>
                  <th scope="col">{t("users.unit")}</th>
                  <th scope="col">{t("users.state")}</th>
                  <th scope="col">{t("users.actions")}</th>
                </tr>
              </thead>
              <tbody>
                {list.data.items
                  .filter((u) => u.username !== "demo-loader")
                  .map((u) => (
                    <UserRow
                      key={`${u.id}-${u.version}`}
                      u={u}
                      onSaved={(m) => (setNotice(m), list.reload())}
                    />
                  ))}
              </tbody>
            </table>
          </div>
        </Section>
        <NewUser onCreated={(name) => (setNotice(t("users.created", { name })), list.reload())} />
      </div>
    </div>
  );
}

function UnitSelect({ id, value, onChange }: { id: string; value: string; onChange: (v: string) => void }) {
  const { t } = useI18n();
  const { units } = useSession();
  return <Choice id={id} value={value} onChange={onChange} empty={t("users.none")} options={byName(units)} />;
}

function UserRow({ u, onSaved }: { u: User; onSaved: (message: string) => void }) {
  const { t } = useI18n();
  const say = useErrorText();
  const [role, setRole] = useState<Role>(u.role);
  const [unit, setUnit] = useState(String(u.unit_id ?? ""));
  const [error, setError] = useState<string | null>(null);
  const save = async (body: Record<string, unknown>) => {
    setError(null);
    try {
      await api("PATCH", `/api/users/${u.id}`, body, { ifMatch: u.version });
      onSaved(t("users.saved"));
    } catch (e) {
      setError(say(e));
    }
  };
  const dirty = role !== u.role || unit !== String(u.unit_id ?? "");
  return (
    <tr>
      <td className="card-title">{u.username}</td>
      <td data-label={t("users.name")}>{u.display_name}</td>
      <td data-label={t("users.role")}>
        <select
          aria-label={`${t("users.role")} ${u.username}`}
          value={role}
          onChange={(e) => setRole(e.target.value as Role)}
        >
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`role.${r}` as MessageKey)}
            </option>
          ))}
        </select>
      </td>
      <td data-label={t("users.unit")}>
        <label className="visually-hidden" htmlFor={`unit-${u.id}`}>
          {`${t("users.unit")} ${u.username}`}
        </label>
        <UnitSelect id={`unit-${u.id}`} value={unit} onChange={setUnit} />
      </td>
      <td data-label={t("users.state")}>{u.disabled ? t("users.disabled") : t("users.active")}</td>
      <td className="row" data-label={t("users.actions")}>
        <button
          type="button"
          className="btn small"
          disabled={!dirty}
          onClick={() => {
            if (role === "reporter" && !unit) return setError(t("users.needUnit"));
            void save({ role, unit_id: unit ? Number(unit) : null });
          }}
        >
          {t("users.save")}
        </button>
        <button
          type="button"
          className="btn small ghost"
          onClick={() => void save({ disabled: !u.disabled })}
        >
          {u.disabled ? t("users.enable") : t("users.disable")}
        </button>
        {error && (
          <span className="field-error" role="alert">
            {error}
          </span>
        )}
      </td>
    </tr>
  );
}

function NewUser({ onCreated }: { onCreated: (name: string) => void }) {
  const { t, lang } = useI18n();
  const say = useErrorText();
  const [f, setF] = useState({
    username: "",
    display_name: "",
    password: "",
    role: "reporter" as Role,
    unit: "",
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = (k: keyof typeof f) => (v: string) => setF((x) => ({ ...x, [k]: v }));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const errs: Record<string, string> = {};
    if (!/^[A-Za-z0-9_.@-]+$/.test(f.username)) errs.username = t("review.required");
    if (f.password.length < 8) errs.password = t("users.password");
    if (f.role === "reporter" && !f.unit) errs.unit_id = t("users.needUnit");
    setErrors(errs);
    if (Object.keys(errs).length) return;
    try {
      await api("POST", "/api/users", {
        username: f.username,
        display_name: f.display_name || undefined,
        password: f.password,
        role: f.role,
        unit_id: f.unit ? Number(f.unit) : null,
      });
      onCreated(f.username);
      setF({ username: "", display_name: "", password: "", role: "reporter", unit: "" });
    } catch (err) {
      // a field error beside its field (in words for the rule), anything else under the form
      const a = err instanceof ApiError ? err : null;
      setErrors(
        a?.field && ["username", "password", "unit_id"].includes(a.field)
          ? { [a.field]: a.code === "validation" ? ruleText(lang, a) : say(a) }
          : { form: say(err) },
      );
    }
  };
  return (
    <Section title={t("users.add")} id="new-user">
      <form className="form-grid" onSubmit={(e) => void submit(e)} noValidate>
        <Field label={t("users.username")} id="nu-username" error={errors.username}>
          <input
            id="nu-username"
            value={f.username}
            onChange={(e) => set("username")(e.target.value)}
            autoComplete="off"
          />
        </Field>
        <Field label={t("users.name")} id="nu-name">
          <input id="nu-name" value={f.display_name} onChange={(e) => set("display_name")(e.target.value)} />
        </Field>
        <Field label={t("users.password")} id="nu-password" error={errors.password}>
          <input
            id="nu-password"
            type="password"
            value={f.password}
            onChange={(e) => set("password")(e.target.value)}
            autoComplete="new-password"
          />
        </Field>
        <Field label={t("users.role")} id="nu-role">
          <select id="nu-role" value={f.role} onChange={(e) => set("role")(e.target.value)}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`role.${r}` as MessageKey)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t("users.unit")} id="nu-unit" error={errors.unit_id}>
          <UnitSelect id="nu-unit" value={f.unit} onChange={set("unit")} />
        </Field>
        {errors.form && (
          <p className="field-error" role="alert">
            {errors.form}
          </p>
        )}
        <div>
          <button type="submit" className="btn primary">
            {t("users.create")}
          </button>
        </div>
      </form>
    </Section>
  );
}
