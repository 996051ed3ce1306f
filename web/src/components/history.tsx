// An item's history as people read it: each change names the field in the
// user's language and shows before → after as names, not ids (units, goals,
// states); a merge links to the item it went into, a split to the items it
// made, and the items merged into this one are listed with links.
import type { ReactNode } from "react";
import { fieldName } from "../i18n/error-text.ts";
import { hasMessage, useI18n } from "../i18n/i18n.tsx";
import type { MessageKey } from "../i18n/zh.ts";
import { dateTime } from "../lib/format.ts";
import { Link } from "../lib/router.ts";
import { useSession } from "../lib/session.tsx";
import type { AuditEntry, CommitmentDetail } from "../lib/types.ts";

/** The fields of a commitment a history entry shows, in this order. */
const SHOWN = [
  "text",
  "unit_id",
  "lead_unit_id",
  "cooperating_unit_ids",
  "goals",
  "deadline",
  "due_date",
  "review_state",
  "status",
  "reject_reason",
  "merged_into_id",
] as const;
type Shown = (typeof SHOWN)[number];

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The changed fields of an entry; goals compare by id, so a renamed goal is not a change. */
export function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): Shown[] {
  return SHOWN.filter((k) => {
    if (!(k in after)) return false;
    if (k === "goals") return !same(goalIds(before.goals), goalIds(after.goals));
    if (k === "cooperating_unit_ids") return !same([...asIds(before[k])].sort(), [...asIds(after[k])].sort());
    return !same(before[k], after[k]);
  });
}

const asIds = (v: unknown): number[] =>
  Array.isArray(v) ? v.filter((x): x is number => typeof x === "number") : [];
const goalIds = (v: unknown) => (Array.isArray(v) ? (v as { id: number }[]).map((g) => g.id).sort() : null);

function useValue() {
  const { t } = useI18n();
  const { unitName } = useSession();
  const none = <span className="muted">—</span>;
  return (k: Shown, v: unknown): ReactNode => {
    if (v === null || v === undefined || v === "") return none;
    switch (k) {
      case "unit_id":
      case "lead_unit_id":
        return unitName(v as number);
      case "cooperating_unit_ids":
        return (
          asIds(v)
            .map((u) => unitName(u))
            .join("、") || none
        );
      case "goals":
        return (v as { name: string }[]).map((g) => g.name).join("、") || none;
      case "review_state":
        return hasMessage(`review.${String(v)}`) ? t(`review.${String(v)}` as MessageKey) : String(v);
      case "status":
        return hasMessage(`status.${String(v)}`) ? t(`status.${String(v)}` as MessageKey) : String(v);
      case "deadline":
      case "due_date":
        return String(v).slice(0, 10);
      case "merged_into_id":
        return <Link to={`/commitments/${String(v)}`}>{t("item.ref", { id: String(v) })}</Link>;
      default:
        return String(v);
    }
  };
}

/** The audit keeps any JSON; a change of one record is an object of its fields. */
const fields = (v: unknown): Record<string, unknown> | null =>
  typeof v === "object" && v !== null && !Array.isArray(v) ? { ...v } : null;

function Changes({ entry }: { entry: AuditEntry }) {
  const { t, lang } = useI18n();
  const value = useValue();
  const before = fields(entry.before);
  const after = fields(entry.after);
  if (entry.action === "split" && after && Array.isArray(after.created)) {
    const created = after.created as { id: number; text: string }[];
    return (
      <p className="small">
        {t("item.splitInto")}：
        {created.map((x, i) => (
          <span key={x.id}>
            {i > 0 && "、"}
            <Link to={`/commitments/${x.id}`}>{t("item.ref", { id: x.id })}</Link>
          </span>
        ))}
      </p>
    );
  }
  if (!before || !after) return null;
  const keys = changedFields(before, after);
  if (!keys.length) return null;
  return (
    <ul className="changes small">
      {keys.map((k) => (
        <li key={k} data-field={k}>
          <span className="change-field">{fieldName(lang, k)}</span>：{value(k, before[k])} →{" "}
          {value(k, after[k])}
        </li>
      ))}
    </ul>
  );
}

export function History({ c, entries }: { c: CommitmentDetail; entries: AuditEntry[] | null }) {
  const { t } = useI18n();
  return (
    <>
      {c.merged_from.length > 0 && (
        <div data-testid="merged-from">
          <h3>{t("item.mergedFrom")}</h3>
          <ul className="plain">
            {c.merged_from.map((m) => (
              <li key={m.id}>
                <Link to={`/commitments/${m.id}`}>{t("item.ref", { id: m.id })}</Link> {m.text}
              </li>
            ))}
          </ul>
        </div>
      )}
      {entries && entries.length === 0 && <p className="muted">{t("item.noHistory")}</p>}
      <ol className="timeline" data-testid="history">
        {entries?.map((a) => (
          <li key={a.id}>
            <p>
              <strong>
                {hasMessage(`audit.${a.action}`) ? t(`audit.${a.action}` as MessageKey) : a.action}
              </strong>{" "}
              · {a.actor_name} · <span className="muted">{dateTime(a.at)}</span>
            </p>
            <Changes entry={a} />
          </li>
        ))}
      </ol>
    </>
  );
}
