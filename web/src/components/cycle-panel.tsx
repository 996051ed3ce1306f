// The supervision cycle on an item's page: completion proposals (propose;
// accept 销号 or return 退回 with a reason the unit sees), extension requests
// (ask; approve or refuse), notices (issue; reply; .docx) and the verdict.
import { useState, type FormEvent, type ReactNode } from "react";
import { api } from "../lib/api.ts";
import { useI18n } from "../i18n/i18n.tsx";
import type { MessageKey } from "../i18n/zh.ts";
import { useData } from "../lib/use-data.ts";
import type { Extension, Notice, Proposal, VerdictInfo } from "../lib/types.ts";
import { Section, useErrorText, DateInput } from "./ui.tsx";

function Form({
  onSubmit,
  children,
  label,
}: {
  onSubmit: () => Promise<unknown>;
  children: ReactNode;
  label: string;
}) {
  const say = useErrorText();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    onSubmit()
      .catch((err: unknown) => setError(say(err)))
      .finally(() => setBusy(false));
  };
  return (
    <form onSubmit={submit} className="stack small" aria-label={label}>
      {children}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <button type="submit" disabled={busy}>
        {label}
      </button>
    </form>
  );
}

export function CyclePanel({
  id,
  staff,
  canReport,
  done,
}: {
  id: number;
  staff: boolean;
  canReport: boolean;
  done: boolean;
}) {
  const { t } = useI18n();
  const proposals = useData<{ items: Proposal[] }>(`/api/commitments/${id}/completion`);
  const extensions = useData<{ items: Extension[] }>(`/api/commitments/${id}/extensions`);
  const notices = useData<{ items: Notice[] }>(`/api/commitments/${id}/notices`);
  const verdict = useData<VerdictInfo>(`/api/commitments/${id}/verdict`);
  const reload = () => {
    proposals.reload();
    extensions.reload();
    notices.reload();
    verdict.reload();
  };
  const [narrative, setNarrative] = useState("");
  const [figure, setFigure] = useState("");
  const [evidence, setEvidence] = useState("");
  const [reason, setReason] = useState("");
  const [newDate, setNewDate] = useState("");
  const [extReason, setExtReason] = useState("");
  const [demanded, setDemanded] = useState("");
  const [reply, setReply] = useState("");
  const [verdictKind, setVerdictKind] = useState("in_progress");
  const [verdictReason, setVerdictReason] = useState("");
  const pending = proposals.data?.items.find((p) => p.state === "pending");
  const pendingExt = extensions.data?.items.find((e) => e.state === "pending");
  const openNotice = notices.data?.items.find((n) => n.state === "open");
  const after = (p: Promise<unknown>) => p.then(reload);
  return (
    <Section title={t("panel.title")} id="cycle">
      {verdict.data && (
        <p data-testid="verdict">
          {t("panel.verdict")}：<strong>{t(`verdict.${verdict.data.current.verdict}` as MessageKey)}</strong>
          {verdict.data.current.since && t("verdict.since", { date: verdict.data.current.since })}
          {verdict.data.current.reason && <span className="muted"> {verdict.data.current.reason}</span>}
        </p>
      )}
      <h3>{t("panel.proposals")}</h3>
      <ul data-testid="proposals">
        {proposals.data?.items.map((p) => (
          <li key={p.id} data-state={p.state}>
            {t(`state.${p.state}` as MessageKey)} · {p.narrative}
            {p.figure !== null && ` (${p.figure})`} <span className="muted">{p.proposed_by_name}</span>
            {p.return_reason && (
              <div className="error" data-testid="return-reason">
                {t("panel.returned", { reason: p.return_reason })}
              </div>
            )}
          </li>
        ))}
      </ul>
      {staff && pending && (
        <div className="row wrap">
          <button
            type="button"
            onClick={() =>
              void after(
                api("POST", `/api/completion/${pending.id}/accept`, {}, { ifMatch: pending.version }),
              )
            }
          >
            {t("panel.accept")}
          </button>
          <Form
            label={t("panel.return")}
            onSubmit={() =>
              after(
                api("POST", `/api/completion/${pending.id}/return`, { reason }, { ifMatch: pending.version }),
              )
            }
          >
            <input
              aria-label={t("panel.returnReason")}
              placeholder={t("panel.returnReason")}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
          </Form>
        </div>
      )}
      {canReport && !done && !pending && (
        <Form
          label={t("panel.propose")}
          onSubmit={() =>
            after(
              api("POST", `/api/commitments/${id}/completion`, {
                narrative,
                figure: figure === "" ? null : Number(figure),
                evidence_links: evidence ? [evidence] : [],
              }),
            )
          }
        >
          <textarea
            aria-label={t("panel.narrative")}
            placeholder={t("panel.narrative")}
            value={narrative}
            onChange={(e) => setNarrative(e.target.value)}
          />
          <input
            aria-label={t("panel.figure")}
            placeholder={t("panel.figure")}
            inputMode="decimal"
            value={figure}
            onChange={(e) => setFigure(e.target.value)}
          />
          <input
            aria-label={t("panel.evidence")}
            placeholder={t("panel.evidence")}
            value={evidence}
            onChange={(e) => setEvidence(e.target.value)}
          />
        </Form>
      )}
      <h3>{t("panel.extensions")}</h3>
      <ul>
        {extensions.data?.items.map((e) => (
          <li key={e.id}>
            {t(`state.${e.state}` as MessageKey)} · {e.old_date ?? "—"} → {e.new_date} · {e.reason}
            {e.decision_reason && <span className="muted"> ({e.decision_reason})</span>}
          </li>
        ))}
      </ul>
      {staff && pendingExt && (
        <div className="row wrap">
          <button
            type="button"
            onClick={() =>
              void after(
                api("POST", `/api/extensions/${pendingExt.id}/approve`, {}, { ifMatch: pendingExt.version }),
              )
            }
          >
            {t("panel.approve")}
          </button>
          <Form
            label={t("panel.refuse")}
            onSubmit={() =>
              after(
                api(
                  "POST",
                  `/api/extensions/${pendingExt.id}/refuse`,
                  { reason },
                  { ifMatch: pendingExt.version },
                ),
              )
            }
          >
            <input
              aria-label={t("panel.reason")}
              placeholder={t("panel.reason")}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
          </Form>
        </div>
      )}
      {canReport && !done && !pendingExt && (
        <Form
          label={t("panel.extension")}
          onSubmit={() =>
            after(api("POST", `/api/commitments/${id}/extensions`, { new_date: newDate, reason: extReason }))
          }
        >
          <DateInput id={`ext-date-${id}`} label={t("panel.newDate")} value={newDate} onChange={setNewDate} />
          <input
            aria-label={t("panel.reason")}
            placeholder={t("panel.reason")}
            value={extReason}
            onChange={(e) => setExtReason(e.target.value)}
          />
        </Form>
      )}
      <h3>{t("cycle.notices")}</h3>
      <ul data-testid="item-notices">
        {notices.data?.items.map((n) => (
          <li key={n.id} data-state={n.state}>
            <a href={`/api/notices/${n.id}/docx`}>{n.number}</a> · {t(`level.${n.level}` as MessageKey)} ·{" "}
            {t(`state.${n.state}` as MessageKey)} · {n.demanded_action} ·{" "}
            {t("inbox.due", { date: n.reply_deadline })}
            {n.reply && <div className="muted">{n.reply}</div>}
          </li>
        ))}
      </ul>
      {canReport && !staff && openNotice && (
        <Form
          label={t("panel.reply")}
          onSubmit={() =>
            after(
              api("POST", `/api/notices/${openNotice.id}/reply`, { reply }, { ifMatch: openNotice.version }),
            )
          }
        >
          <textarea aria-label={t("panel.reply")} value={reply} onChange={(e) => setReply(e.target.value)} />
        </Form>
      )}
      {staff && !done && !openNotice && (
        <Form
          label={t("panel.issue")}
          onSubmit={() => after(api("POST", `/api/commitments/${id}/notices`, { demanded_action: demanded }))}
        >
          <input
            aria-label={t("panel.demanded")}
            placeholder={t("panel.demanded")}
            value={demanded}
            onChange={(e) => setDemanded(e.target.value)}
          />
        </Form>
      )}
      {staff && (
        <Form
          label={t("panel.record")}
          onSubmit={() =>
            after(
              api("POST", `/api/commitments/${id}/verdict`, { verdict: verdictKind, reason: verdictReason }),
            )
          }
        >
          <select
            aria-label={t("panel.verdict")}
            value={verdictKind}
            onChange={(e) => setVerdictKind(e.target.value)}
          >
            {(["kept", "in_progress", "stalled", "broken", "not_rated"] as const).map((v) => (
              <option key={v} value={v}>
                {t(`verdict.${v}`)}
              </option>
            ))}
          </select>
          <input
            aria-label={t("panel.reason")}
            placeholder={t("panel.reason")}
            value={verdictReason}
            onChange={(e) => setVerdictReason(e.target.value)}
          />
        </Form>
      )}
    </Section>
  );
}
