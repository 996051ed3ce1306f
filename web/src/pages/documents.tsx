// 文档: add documents from the browser. Files are dropped or picked (.txt in
// any supported encoding, .html, .docx, .pdf, .png/.jpg scans), sent one at a
// time by the multipart upload with the plan (chosen or new) and the year;
// each file's ingest job is polled for its progress bar. When one document
// was sent and its job is done, the review queue opens filtered to it.
// Below, a task table (.xlsx) is imported after a preview (task-table-import.tsx).
import { useEffect, useRef, useState, type DragEvent, type FormEvent } from "react";
import { useI18n } from "../i18n/i18n.tsx";
import type { MessageKey } from "../i18n/zh.ts";
import { ApiError, get, upload } from "../lib/api.ts";
import { Link, navigate } from "../lib/router.ts";
import { useSession } from "../lib/session.tsx";
import type { Job } from "../lib/types.ts";
import { Field, Section } from "../components/ui.tsx";
import { TaskTableImport } from "../components/task-table-import.tsx";

/** What the server reads (src/input/format.ts); anything else is refused before it is sent. */
const ACCEPT = [".txt", ".text", ".html", ".htm", ".docx", ".pdf", ".png", ".jpg", ".jpeg"];
const NEW_PLAN = "__new__";
const POLL_MS = 600;

/** Error codes a file can fail with, each with its own message (the server's text goes below it). */
const FILE_ERRORS = new Set([
  "file_format",
  "file_empty",
  "file_too_large",
  "file_corrupt",
  "file_encoding",
  "file_binary",
  "file_too_complex",
  "ocr_unavailable",
  "bad_argument",
  "duplicate",
  "validation",
  "bad_request",
  "csrf",
  "forbidden",
  "unauthorized",
  "network",
  "internal",
]);

interface Upload {
  key: string;
  file: File;
  state: "waiting" | "sending" | "running" | "done" | "failed";
  job?: Job;
  error?: { code: string; message: string };
}

const extOf = (name: string) => {
  const i = name.lastIndexOf(".");
  return i < 0 ? "" : name.slice(i).toLowerCase();
};

export function DocumentsPage() {
  const { t } = useI18n();
  const { plans, plan, setPlanId, refreshMeta } = useSession();
  const [files, setFiles] = useState<File[]>([]);
  const [planChoice, setPlanChoice] = useState<string>(plan ? String(plan.id) : NEW_PLAN);
  const [newPlan, setNewPlan] = useState("");
  const [year, setYear] = useState("");
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [uploads, setUploads] = useState<Upload[]>([]);
  const [dragging, setDragging] = useState(false);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const alive = useRef(true);
  useEffect(() => () => void (alive.current = false), []);
  // The plans arrive after the page: choose the current one then, unless the user chose already.
  const chosen = useRef(false);
  useEffect(() => {
    if (plan && !chosen.current) setPlanChoice(String(plan.id));
  }, [plan]);

  const addFiles = (list: FileList | null) => {
    if (!list) return;
    // Copied now: the input's FileList empties when its value is reset just after,
    // before React may run the updater below.
    const picked = Array.from(list);
    setFiles((prev) => [...prev, ...picked]);
    setFieldErrors((e) => ({ ...e, file: "" }));
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    addFiles(e.dataTransfer.files);
  };

  const check = (): Record<string, string> => {
    const errors: Record<string, string> = {};
    if (!files.length) errors.file = t("docs.needFile");
    const bad = files.filter((f) => !ACCEPT.includes(extOf(f.name)));
    if (bad.length) errors.file = t("docs.badType", { names: bad.map((f) => f.name).join("、") });
    if (planChoice === NEW_PLAN && !newPlan.trim()) errors.plan = t("docs.needPlan");
    if (year && !(/^\d{4}$/.test(year) && Number(year) >= 1949 && Number(year) <= 2100))
      errors.year = t("docs.badYear");
    return errors;
  };

  const update = (key: string, patch: Partial<Upload>) =>
    alive.current && setUploads((us) => us.map((u) => (u.key === key ? { ...u, ...patch } : u)));

  /** Sends one file and follows its job to the end; resolves with the finished job, or null when it failed. */
  const send = async (u: Upload, planName: string): Promise<Job | null> => {
    update(u.key, { state: "sending" });
    const form = new FormData();
    form.append("plan", planName);
    if (year) form.append("year", year);
    form.append("file", u.file, u.file.name);
    try {
      let job = await upload<Job>("/api/documents/upload", form);
      update(u.key, { state: "running", job });
      while (job.state === "queued" || job.state === "running") {
        await new Promise((ok) => setTimeout(ok, POLL_MS));
        if (!alive.current) return null;
        job = await get<Job>(`/api/jobs/${job.id}`);
        update(u.key, { job });
      }
      if (job.state === "failed") {
        update(u.key, { state: "failed", error: job.error ?? { code: "internal", message: "" } });
        return null;
      }
      update(u.key, { state: "done", job });
      return job;
    } catch (e) {
      const err = e instanceof ApiError ? e : new ApiError(0, "network", String(e));
      update(u.key, { state: "failed", error: { code: err.code, message: err.message } });
      return null;
    }
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const errors = check();
    setFieldErrors(errors);
    if (Object.values(errors).some(Boolean)) return;
    const planName =
      planChoice === NEW_PLAN ? newPlan.trim() : (plans.find((p) => String(p.id) === planChoice)?.name ?? "");
    const batch: Upload[] = files.map((file, i) => ({ key: `${Date.now()}-${i}`, file, state: "waiting" }));
    setUploads(batch);
    setFiles([]);
    setBusy(true);
    const done: Job[] = [];
    for (const u of batch) {
      const job = await send(u, planName);
      if (job) done.push(job);
    }
    if (!alive.current) return;
    setBusy(false);
    const first = done[0]?.result;
    if (!first) return;
    // The plan may be new: show it, then open its review queue for the document,
    // unless the document yielded nothing: the page says so instead.
    setPlanId(first.plan.id);
    refreshMeta();
    if (batch.length === 1 && first.commitments > 0) navigate(`/review?document=${first.document.id}`);
  };

  return (
    <div className="page documents">
      <header className="page-head">
        <h1>{t("docs.title")}</h1>
      </header>
      <p className="muted">{t("docs.intro")}</p>
      <form className="upload-form" onSubmit={(e) => void submit(e)} noValidate>
        <Section title={t("docs.files")} id="docs-files">
          <div
            className={`drop-zone${dragging ? " dragging" : ""}${fieldErrors.file ? " invalid" : ""}`}
            data-testid="drop-zone"
            onDragOver={(e) => {
              e.preventDefault();
              setDragging(true);
            }}
            onDragLeave={() => setDragging(false)}
            onDrop={onDrop}
          >
            <p>{t("docs.drop")}</p>
            <button type="button" className="btn" onClick={() => input.current?.click()}>
              {t("docs.pick")}
            </button>
            <input
              ref={input}
              id="docs-file"
              type="file"
              multiple
              accept={ACCEPT.join(",")}
              className="visually-hidden"
              aria-label={t("docs.pick")}
              aria-describedby={fieldErrors.file ? "docs-file-error" : "docs-file-hint"}
              onChange={(e) => {
                addFiles(e.target.files);
                e.target.value = "";
              }}
            />
            <small className="hint" id="docs-file-hint">
              {t("docs.types")}
            </small>
          </div>
          {fieldErrors.file && (
            <small className="field-error" id="docs-file-error" role="alert">
              {fieldErrors.file}
            </small>
          )}
          {files.length > 0 && (
            <ul className="file-list" data-testid="chosen-files">
              {files.map((f, i) => (
                <li key={`${f.name}-${i}`}>
                  <span>{f.name}</span>
                  <span className="muted small">{size(f.size)}</span>
                  <button
                    type="button"
                    className="btn small ghost"
                    aria-label={t("docs.remove", { name: f.name })}
                    onClick={() => setFiles((fs) => fs.filter((_, k) => k !== i))}
                  >
                    ×
                  </button>
                </li>
              ))}
            </ul>
          )}
        </Section>
        <Section title={t("docs.where")} id="docs-where">
          <Field label={t("docs.plan")} id="docs-plan" error={fieldErrors.plan}>
            <select
              id="docs-plan"
              value={planChoice}
              onChange={(e) => {
                chosen.current = true;
                setPlanChoice(e.target.value);
              }}
            >
              {plans.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
              <option value={NEW_PLAN}>{t("docs.newPlanOption")}</option>
            </select>
          </Field>
          {planChoice === NEW_PLAN && (
            <Field label={t("docs.newPlan")} id="docs-new-plan" error={fieldErrors.plan}>
              <input
                id="docs-new-plan"
                value={newPlan}
                maxLength={200}
                onChange={(e) => setNewPlan(e.target.value)}
                aria-invalid={Boolean(fieldErrors.plan)}
              />
            </Field>
          )}
          <Field label={t("docs.year")} id="docs-year" error={fieldErrors.year} hint={t("docs.yearHint")}>
            <input
              id="docs-year"
              inputMode="numeric"
              pattern="[0-9]{4}"
              placeholder="2026"
              value={year}
              onChange={(e) => setYear(e.target.value.trim())}
              aria-invalid={Boolean(fieldErrors.year)}
            />
          </Field>
          <button type="submit" className="btn primary" disabled={busy} data-testid="upload">
            {busy ? t("docs.sending") : t("docs.send")}
          </button>
        </Section>
      </form>
      {uploads.length > 0 && (
        <Section title={t("docs.progress")} id="docs-progress">
          <ul className="upload-list" data-testid="uploads">
            {uploads.map((u) => (
              <UploadRow key={u.key} u={u} />
            ))}
          </ul>
        </Section>
      )}
      <TaskTableImport />
    </div>
  );
}

function UploadRow({ u }: { u: Upload }) {
  const { t } = useI18n();
  const percent = u.state === "done" ? 100 : (u.job?.percent ?? 0);
  const stage = u.job
    ? t(`docs.stage.${u.job.stage}` as MessageKey)
    : t(`docs.state.${u.state}` as MessageKey);
  const pages = u.job && u.job.stage === "reading" && u.job.total > 1 ? ` ${u.job.done}/${u.job.total}` : "";
  const result = u.job?.result;
  return (
    <li className={`upload-item ${u.state}`} data-testid="upload-item" data-state={u.state}>
      <div className="row wrap">
        <strong>{u.file.name}</strong>
        <span className="muted small" data-testid="upload-stage">
          {u.state === "failed" ? t("docs.failed") : `${stage}${pages}`}
        </span>
      </div>
      {u.state !== "failed" && (
        <progress
          max={100}
          value={percent}
          aria-label={t("docs.progressOf", { name: u.file.name })}
          data-testid="upload-progress"
        >
          {percent}%
        </progress>
      )}
      {u.state === "failed" && u.error && (
        <div className="error" role="alert" data-testid="upload-error" data-code={u.error.code}>
          <p>
            {FILE_ERRORS.has(u.error.code)
              ? t(`docs.error.${u.error.code}` as MessageKey)
              : t("docs.error.internal")}
          </p>
          {u.error.message && <p className="small muted">{u.error.message}</p>}
        </div>
      )}
      {u.state === "done" && result && (
        <p className="small">
          {result.created
            ? t("docs.stored", {
                added: result.counts.added,
                updated: result.counts.updated,
                targets: result.counts.targets,
              })
            : t("docs.already")}{" "}
          {result.commitments > 0 && (
            <>
              <Link to={`/review?document=${result.document.id}`}>{t("docs.review")}</Link>
              {" · "}
            </>
          )}
          <Link to={`/reader/${result.document.id}`}>{t("docs.read")}</Link>
        </p>
      )}
      {u.state === "done" &&
        result?.warnings.map((w) => (
          <p
            key={w.code}
            className="upload-warning small"
            role="status"
            data-testid="upload-warning"
            data-code={w.code}
          >
            {t(`docs.warning.${w.code}`, { low: result.low_confidence, n: result.commitments })}
          </p>
        ))}
    </li>
  );
}

function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
