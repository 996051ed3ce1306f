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
import type { Notice } from "../lib/types.ts";
import { Loading, Section, useErrorText } from "../components/ui.tsx";
import { HeatMap, LEVEL_COLOUR } from "../components/heat-map.tsx";

export function SupervisionPage() {
  const { t } = useI18n();
  const say = useErrorText();
  const { plan } = useSession();
  const by = new URLSearchParams(location.search).get("by");
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
        <HeatMap
          planId={plan.id}
          initialBy={by === "status" || by === "count" ? by : "warning"}
          testid="heatmap"
          cellLinks={false}
        />
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
