// 导入任务分解表: an .xlsx task table (the export's format, or an office's
// own) is first previewed — the server says, row by row, what importing it
// would do: new items, updates (each field before → after), unchanged rows,
// rows already in the plan, stale rows, rejected rows with their reasons —
// and stored only when the user confirms. The confirmation sends the file
// again with the preview's token: if the plan changed meanwhile the server
// refuses (409 import_preview_stale) and the page offers a fresh preview.
// With rejected rows, confirming imports the rest (partial=true).
import { useRef, useState, type FormEvent } from "react";
import { useI18n } from "../i18n/i18n.tsx";
import { fieldName, importProblemText } from "../i18n/error-text.ts";
import type { MessageKey } from "../i18n/zh.ts";
import { ApiError, sendFile } from "../lib/api.ts";
import { Link } from "../lib/router.ts";
import { useSession } from "../lib/session.tsx";
import type { ImportPreview, ImportPreviewRow, ImportResult } from "../lib/types.ts";
import { ErrorBox, Field, Section } from "./ui.tsx";

const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const KINDS = ["new", "updated", "unchanged", "existing", "stale", "kept", "rejected"] as const;
/** Rows that change nothing: folded away under the list, counted in the summary. */
const QUIET: readonly string[] = ["unchanged", "existing"];
const FIELD_OF: Record<string, string> = {
  text: "text",
  lead: "lead_unit_id",
  cooperating: "cooperating_unit_ids",
  deadline: "deadline",
  progress: "narrative",
};

export function TaskTableImport() {
  const { t } = useI18n();
  const { plans, plan, refreshMeta } = useSession();
  const [file, setFile] = useState<File | null>(null);
  const [planId, setPlanId] = useState<string>("");
  const [fileError, setFileError] = useState("");
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState<"" | "preview" | "apply">("");
  const input = useRef<HTMLInputElement>(null);
  const target = planId || (plan ? String(plan.id) : plans[0] ? String(plans[0].id) : "");

  const fail = (e: unknown) => setError(e instanceof ApiError ? e : new ApiError(0, "network", String(e)));

  const runPreview = async (f: File | null = file) => {
    setResult(null);
    setError(null);
    setPreview(null);
    if (!f) return setFileError(t("import.needFile"));
    if (!/\.xlsx$/i.test(f.name)) return setFileError(t("import.badType", { name: f.name }));
    setFileError("");
    setBusy("preview");
    try {
      setPreview(
        await sendFile<ImportPreview>(`/api/plans/${target}/task-table/preview`, f, f.name, XLSX_MIME),
      );
    } catch (e) {
      fail(e);
    } finally {
      setBusy("");
    }
  };

  const apply = async () => {
    if (!file || !preview) return;
    setError(null);
    setBusy("apply");
    const partial = preview.counts.rejected > 0 ? "&partial=true" : "";
    try {
      const r = await sendFile<ImportResult>(
        `/api/plans/${preview.plan.id}/task-table?preview=${preview.token}${partial}`,
        file,
        file.name,
        XLSX_MIME,
      );
      setResult(r);
      setPreview(null);
      refreshMeta();
    } catch (e) {
      fail(e);
    } finally {
      setBusy("");
    }
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void runPreview();
  };

  const changing = preview ? preview.counts.new + preview.counts.updated : 0;
  const loud = preview?.items.filter((i) => !QUIET.includes(i.kind)) ?? [];
  const quiet = preview?.items.filter((i) => QUIET.includes(i.kind)) ?? [];

  return (
    <Section title={t("import.title")} id="import">
      <p className="muted small">{t("import.intro")}</p>
      <form className="import-form" onSubmit={submit} noValidate>
        <Field label={t("import.file")} id="import-file" error={fileError}>
          <input
            ref={input}
            id="import-file"
            type="file"
            accept=".xlsx"
            aria-invalid={Boolean(fileError)}
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setPreview(null);
              setResult(null);
              setError(null);
              setFileError("");
            }}
          />
        </Field>
        <Field label={t("import.plan")} id="import-plan">
          <select id="import-plan" value={target} onChange={(e) => setPlanId(e.target.value)}>
            {plans.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </Field>
        <button type="submit" className="btn" disabled={busy !== "" || !target} data-testid="import-preview">
          {busy === "preview" ? t("import.previewing") : t("import.preview")}
        </button>
      </form>

      {error && (
        <div data-testid="import-error">
          <ErrorBox
            error={error}
            reload={error.code === "import_preview_stale" ? () => void runPreview() : undefined}
          />
          {error.code === "import_rejected" && <ProblemList details={error.details} />}
        </div>
      )}

      {preview && (
        <div className="import-preview" data-testid="import-summary">
          <p>{t("import.summary", { plan: preview.plan.name, sheet: preview.sheet, rows: preview.rows })}</p>
          <ul className="import-counts plain">
            {KINDS.filter((k) => preview.counts[k] > 0).map((k) => (
              <li key={k} className={`import-kind kind-${k}`} data-kind={k}>
                {t(`import.kind.${k}` as MessageKey)} <strong>{preview.counts[k]}</strong>
              </li>
            ))}
          </ul>
          {loud.length > 0 && (
            <ul className="import-rows plain" aria-label={t("import.rows")}>
              {loud.map((r) => (
                <PreviewItem key={r.row} r={r} />
              ))}
            </ul>
          )}
          {quiet.length > 0 && (
            <details className="import-quiet">
              <summary>{t("import.quiet", { n: quiet.length })}</summary>
              <ul className="import-rows plain">
                {quiet.map((r) => (
                  <PreviewItem key={r.row} r={r} />
                ))}
              </ul>
            </details>
          )}
          <div className="row wrap actions">
            {changing > 0 ? (
              <button
                type="button"
                className="btn primary"
                disabled={busy !== ""}
                onClick={() => void apply()}
                data-testid="import-apply"
              >
                {busy === "apply"
                  ? t("import.applying")
                  : preview.counts.rejected > 0
                    ? t("import.applyRest", { n: changing, skip: preview.counts.rejected })
                    : t("import.apply", { n: changing })}
              </button>
            ) : (
              <p className="muted" data-testid="import-nothing">
                {t("import.nothing")}
              </p>
            )}
            <button
              type="button"
              className="btn ghost"
              disabled={busy !== ""}
              onClick={() => {
                setPreview(null);
                setFile(null);
                if (input.current) input.current.value = "";
              }}
            >
              {t("import.cancel")}
            </button>
          </div>
        </div>
      )}

      {result && (
        <div className="notice" role="status" data-testid="import-result">
          <span>
            {t("import.done", {
              created: result.created.length,
              updated: result.updated.length,
              skipped: new Set(result.skipped.map((p) => p.row)).size,
            })}
          </span>{" "}
          {result.document_id !== null && result.created.length > 0 && (
            <Link to={`/review?document=${result.document_id}`}>{t("import.review")}</Link>
          )}
        </div>
      )}
    </Section>
  );
}

function PreviewItem({ r }: { r: ImportPreviewRow }) {
  const { t, lang } = useI18n();
  return (
    <li className={`import-row kind-${r.kind}`} data-testid="import-row" data-kind={r.kind} data-row={r.row}>
      <div className="row wrap">
        <span className="muted small">{t("import.rowNo", { n: r.row })}</span>
        <span className={`import-kind kind-${r.kind}`}>{t(`import.kind.${r.kind}` as MessageKey)}</span>
        {r.id !== null && r.kind !== "rejected" && (
          <Link to={`/commitments/${r.id}`} className="small">
            {t("import.item", { id: r.id })}
          </Link>
        )}
      </div>
      <p className="import-text">{r.text || "—"}</p>
      {r.changes.length > 0 && (
        <ul className="changes plain small">
          {r.changes.map((c) => (
            <li key={c.field} data-field={c.field}>
              <span className="change-field">{fieldName(lang, FIELD_OF[c.field] ?? c.field)}</span>
              {lang === "zh" ? "：" : ": "}
              <span className="before">{c.before ?? "—"}</span> →{" "}
              <span className="after">{c.after ?? "—"}</span>
            </li>
          ))}
        </ul>
      )}
      {r.kind === "stale" && (
        <p className="small">
          {t("import.staleRow", { had: r.table_version ?? "—", now: r.version ?? "—" })}
        </p>
      )}
      {r.problems.length > 0 && (
        <ul className="plain small import-problems">
          {r.problems.map((p, i) => (
            <li key={i} className="field-error" data-code={p.code}>
              {p.header ? `${p.column}（${p.header.replace(/\s+/g, "")}）：` : ""}
              {importProblemText(lang, p.code, p.value)}
            </li>
          ))}
        </ul>
      )}
      {r.notes.map((n, i) => (
        <p key={i} className="small muted" data-code={n.code}>
          {importProblemText(lang, n.code, n.value)}
        </p>
      ))}
    </li>
  );
}

/** The rows an import refused (422 import_rejected), from the error's details. */
function ProblemList({ details }: { details: unknown }) {
  const { t, lang } = useI18n();
  const problems =
    (
      details as {
        problems?: { row: number; column: string; code?: string; value?: string; reason: string }[];
      }
    )?.problems ?? [];
  return (
    <ul className="plain small import-problems">
      {problems.map((p, i) => (
        <li key={i} className="field-error">
          {t("import.rowNo", { n: p.row })} {p.column}：
          {p.code ? importProblemText(lang, p.code, p.value) : p.reason}
        </li>
      ))}
    </ul>
  );
}
