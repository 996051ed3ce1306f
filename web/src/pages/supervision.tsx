// 督查督办: the unit × goal heat map coloured by status or by warning level
// (an 未对齐 column for items with no goal; 合计 counts items), the notices
// (督办单) with their replies, and a bulk issue for yellow and red items.
import { useState } from "react";
import { api } from "../lib/api.ts";
import { useI18n } from "../i18n/i18n.tsx";
import type { MessageKey } from "../i18n/zh.ts";
import { Link } from "../lib/router.ts";
import { useSession } from "../lib/session.tsx";
import { useData } from "../lib/use-data.ts";
import { ErrorBox, Loading, Section, useErrorText } from "../components/ui.tsx";
import { ScrollFrame } from "../components/scroll-frame.tsx";

interface Cell {
  goal_id: number | null;
  n: number;
  counts: Record<string, number>;
  worst: string | null;
  majority: string | null;
}
interface Heat {
  by: "status" | "warning";
  goals: { id: number; name: string }[];
  rows: { unit_id: number | null; unit: string; cells: Cell[]; total: Cell }[];
  column_totals: Cell[];
  total: Cell;
}
interface Notice {
  id: number;
  number: string;
  commitment_id: number;
  level: string;
  state: string;
  reply_deadline: string;
  demanded_action: string;
  reply: string | null;
}

export const LEVEL_COLOUR: Record<string, string> = {
  none: "#e8f3ec",
  blue: "#5b8def",
  yellow: "#f2c94c",
  red: "#e05a5a",
};
const STATUS_COLOUR: Record<string, string> = {
  done: "#4caf7a",
  on_track: "#8fc1f0",
  not_started: "#e4e4e4",
  behind: "#f2c94c",
  overdue: "#e05a5a",
};

function HeatCell({ c, by }: { c: Cell; by: Heat["by"] }) {
  const { t } = useI18n();
  if (c.n === 0) return <td className="heat empty" />;
  // warning: the most severe level present; status: the most frequent status
  const key = by === "warning" ? c.worst : c.majority;
  const colour = key ? (by === "warning" ? LEVEL_COLOUR[key] : STATUS_COLOUR[key]) : undefined;
  const title = Object.entries(c.counts)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${by === "warning" ? t(`level.${k}` as MessageKey) : k} ${n}`)
    .join(", ");
  return (
    <td className="heat" style={{ background: colour }} title={title} data-key={key ?? ""}>
      {c.n}
    </td>
  );
}

export function SupervisionPage() {
  const { t } = useI18n();
  const say = useErrorText();
  const { plan } = useSession();
  const [by, setBy] = useState<Heat["by"]>(
    new URLSearchParams(location.search).get("by") === "status" ? "status" : "warning",
  );
  const heat = useData<Heat>(plan ? `/api/plans/${plan.id}/heatmap?by=${by}` : null);
  const notices = useData<{ items: Notice[] }>(plan ? `/api/plans/${plan.id}/notices` : null);
  const [action, setAction] = useState("请于七日内报送整改措施和进展。");
  const [msg, setMsg] = useState<string | null>(null);
  if (!plan) return <Loading />;
  const bulk = async () => {
    try {
      const r = await api<{ items: Notice[] }>("POST", `/api/plans/${plan.id}/notices`, {
        min_level: "yellow",
        demanded_action: action,
      });
      setMsg(t("cycle.issued", { n: r.items.length }));
      notices.reload();
    } catch (e) {
      setMsg(say(e));
    }
  };
  return (
    <div className="page supervision">
      <h1>{t("cycle.title")}</h1>
      <Section title={t("cycle.heatmap")}>
        <div role="group">
          <button type="button" aria-pressed={by === "warning"} onClick={() => setBy("warning")}>
            {t("cycle.byWarning")}
          </button>{" "}
          <button type="button" aria-pressed={by === "status"} onClick={() => setBy("status")}>
            {t("cycle.byStatus")}
          </button>
        </div>
        {by === "warning" && (
          <p className="level-legend">
            {(["none", "blue", "yellow", "red"] as const).map((l) => (
              <span key={l} style={{ background: LEVEL_COLOUR[l], padding: "0 .5em", marginRight: ".5em" }}>
                {t(`level.${l}`)}
              </span>
            ))}
          </p>
        )}
        {heat.error && <ErrorBox error={heat.error} retry={heat.reload} />}
        {heat.data && (
          <ScrollFrame label={t("cycle.heatmap")}>
            <table className="grid heatmap cycle-heat" data-testid="heatmap" data-by={heat.data.by}>
              <thead>
                <tr>
                  <th>{t("cycle.unit")}</th>
                  {heat.data.goals.map((g) => (
                    <th key={g.id}>{g.name}</th>
                  ))}
                  <th>{t("cycle.unaligned")}</th>
                  <th>{t("cycle.total")}</th>
                </tr>
              </thead>
              <tbody>
                {heat.data.rows.map((r) => (
                  <tr key={r.unit_id ?? 0}>
                    <th scope="row">{r.unit}</th>
                    {r.cells.map((c) => (
                      <HeatCell key={c.goal_id ?? 0} c={c} by={heat.data!.by} />
                    ))}
                    <HeatCell c={r.total} by={heat.data!.by} />
                  </tr>
                ))}
                <tr>
                  <th scope="row">{t("cycle.total")}</th>
                  {heat.data.column_totals.map((c) => (
                    <td key={c.goal_id ?? 0}>{c.n}</td>
                  ))}
                  <td data-testid="heat-total">{heat.data.total.n}</td>
                </tr>
              </tbody>
            </table>
          </ScrollFrame>
        )}
      </Section>
      <Section title={t("cycle.notices")}>
        <label>
          {t("cycle.bulkAction")}{" "}
          <input value={action} onChange={(e) => setAction(e.target.value)} size={40} />
        </label>{" "}
        <button type="button" onClick={() => void bulk()}>
          {t("cycle.bulk")}
        </button>
        {msg && <p role="status">{msg}</p>}
        <table className="data cards" data-testid="notices">
          <thead>
            <tr>
              <th>{t("cycle.number")}</th>
              <th>{t("cycle.item")}</th>
              <th>{t("cycle.level")}</th>
              <th>{t("cycle.state")}</th>
              <th>{t("cycle.replyBy")}</th>
            </tr>
          </thead>
          <tbody>
            {notices.data?.items.map((n) => (
              <tr key={n.id}>
                <td data-label={t("cycle.number")}>
                  <a href={`/api/notices/${n.id}/docx`}>{n.number}</a>
                </td>
                <td className="card-title">
                  <Link to={`/commitments/${n.commitment_id}`}>#{n.commitment_id}</Link> {n.demanded_action}
                </td>
                <td data-label={t("cycle.level")}>
                  <span className="level" style={{ background: LEVEL_COLOUR[n.level] }}>
                    {t(`level.${n.level}` as MessageKey)}
                  </span>
                </td>
                <td data-label={t("cycle.state")}>
                  {t(`state.${n.state}` as MessageKey)}
                  {n.reply && <div className="muted">{n.reply}</div>}
                </td>
                <td data-label={t("cycle.replyBy")}>{n.reply_deadline}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>
    </div>
  );
}
