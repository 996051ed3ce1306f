// The unit × goal heat map, coloured by count, by status (the most frequent
// status in the cell) or by warning level (the most severe: 蓝/黄/红), with a
// switch between them. Served by GET /api/plans/:id/heatmap from the cycle's
// aggregates: rows are the unit answering for each item, the 未对齐 column
// holds items aligned to no goal, 合计 counts items (not goal links). Cells
// with items open the filtered list; empty ones are hatched gaps.
import { useMemo, useState } from "react";
import { useI18n } from "../i18n/i18n.tsx";
import type { MessageKey } from "../i18n/zh.ts";
import { heat } from "../lib/colors.ts";
import { navigate } from "../lib/router.ts";
import { useData } from "../lib/use-data.ts";
import type { Heat, HeatCell } from "../lib/types.ts";
import { ErrorBox, Loading } from "./ui.tsx";
import { ScrollFrame } from "./scroll-frame.tsx";

export type HeatBy = "count" | "status" | "warning";

type Cell = HeatCell;

// Light fills under dark text (each ≥ 4.5:1 with #111827).
export const LEVEL_COLOUR: Record<string, string> = {
  none: "#e8f3ec",
  blue: "#8fb3f5",
  yellow: "#f2c94c",
  red: "#f08a8a",
};
export const STATUS_FILL: Record<string, string> = {
  done: "#9fd8b5",
  on_track: "#bcdaf5",
  not_started: "#e4e4e4",
  behind: "#f5d77f",
  overdue: "#f08a8a",
};
const LEVELS = ["none", "blue", "yellow", "red"] as const;
const STATUSES = ["not_started", "on_track", "behind", "overdue", "done"] as const;

function fill(c: Cell, by: HeatBy, max: number): { bg: string; fg: string; key: string } {
  if (by === "count") return { ...heat(c.n, max), key: "" };
  const key = (by === "warning" ? c.worst : c.majority) ?? "";
  return { bg: (by === "warning" ? LEVEL_COLOUR : STATUS_FILL)[key] ?? "#fff", fg: "#111827", key };
}

export function HeatMap({
  planId,
  initialBy,
  testid,
  cellLinks = true,
  units = [],
}: {
  planId: number;
  initialBy: HeatBy;
  testid: string;
  /** Cells open the list of their items (the overview); the supervision page shows counts only. */
  cellLinks?: boolean;
  /** Units shown as rows of gaps when they have no item (while every unit's row fits). */
  units?: { id: number; name: string }[];
}) {
  const { t } = useI18n();
  const [by, setBy] = useState<HeatBy>(initialBy);
  const heatmap = useData<Heat>(`/api/plans/${planId}/heatmap?by=${by}`);
  const data = heatmap.data;
  const max = useMemo(
    () => Math.max(1, ...(data?.rows.flatMap((r) => r.cells.map((c) => c.n)) ?? [])),
    [data],
  );
  const label = (k: string) =>
    by === "warning" ? t(`level.${k}` as MessageKey) : t(`status.${k}` as MessageKey);
  const breakdown = (c: Cell) =>
    Object.entries(c.counts)
      .filter(([, n]) => n > 0)
      .map(([k, n]) => `${label(k)} ${n}`)
      .join("，");
  const rows = useMemo(() => {
    if (!data) return [];
    if (data.unit_count > data.rows.length || !units.length) return data.rows;
    const empty = (goal_id: number | null): Cell => ({
      goal_id,
      n: 0,
      counts: {},
      worst: null,
      majority: null,
    });
    const have = new Set(data.rows.map((r) => r.unit_id));
    const gaps = units
      .filter((u) => !have.has(u.id))
      .map((u) => ({
        unit_id: u.id,
        unit: u.name,
        cells: [...data.goals.map((g) => empty(g.id)), empty(null)],
        total: empty(null),
      }));
    return [...data.rows, ...gaps].sort((a, b) => (a.unit_id ?? Infinity) - (b.unit_id ?? Infinity));
  }, [data, units]);
  const goalName = (id: number | null) =>
    id === null ? t("cycle.unaligned") : (data?.goals.find((g) => g.id === id)?.name ?? "");

  const cellView = (unitId: number | null, unit: string, c: Cell, total = false) => {
    const f = fill(c, by, max);
    const what = total ? t("cycle.total") : goalName(c.goal_id);
    const text =
      c.n > 0
        ? `${unit} · ${what}：${c.n}${by === "count" ? "" : `（${breakdown(c)}）`}`
        : t("overview.matrixGap", { unit, goal: what });
    const style = c.n > 0 ? { background: f.bg, color: f.fg } : undefined;
    const id = total ? `total-${unitId ?? 0}` : `cell-${unitId ?? 0}-${c.goal_id ?? "none"}`;
    // a gap opens the (empty) list too, as the alignment matrix always did
    const link =
      cellLinks && !total && unitId !== null && c.goal_id !== null
        ? `/commitments?unit=${unitId}&goal=${c.goal_id}&review=confirmed`
        : null;
    return (
      <td key={total ? "total" : (c.goal_id ?? "none")} className={c.n > 0 ? "hit" : "gap"} data-key={f.key}>
        {link ? (
          <button
            type="button"
            data-testid={id}
            data-n={c.n}
            aria-label={text}
            title={text}
            style={style}
            onClick={() => navigate(link)}
          >
            {c.n > 0 ? c.n : "·"}
          </button>
        ) : (
          <span className="cell" data-testid={id} data-n={c.n} title={text} aria-label={text} style={style}>
            {c.n > 0 ? c.n : "·"}
          </span>
        )}
      </td>
    );
  };

  return (
    <>
      <div role="group" aria-label={t("heat.colourBy")} className="heat-modes">
        {(["count", "status", "warning"] as const).map((m) => (
          <button
            key={m}
            type="button"
            aria-pressed={by === m}
            data-testid={`heat-by-${m}`}
            onClick={() => setBy(m)}
          >
            {t(`heat.by.${m}`)}
          </button>
        ))}
      </div>
      {by !== "count" && (
        <p className="heat-legend" data-testid="heat-legend">
          {(by === "warning" ? LEVELS : STATUSES).map((k) => (
            <span key={k} style={{ background: (by === "warning" ? LEVEL_COLOUR : STATUS_FILL)[k] }}>
              {label(k)}
            </span>
          ))}
          <span className="muted small">
            {by === "warning" ? t("heat.hintWarning") : t("heat.hintStatus")}
          </span>
        </p>
      )}
      {heatmap.error && <ErrorBox error={heatmap.error} retry={heatmap.reload} />}
      {!data && !heatmap.error && <Loading />}
      {data && data.unit_count > data.rows.length && (
        <p className="muted small" data-testid="matrix-cut">
          {t("overview.matrixCut", { shown: data.rows.length, total: data.unit_count })}
        </p>
      )}
      {data && (
        <ScrollFrame label={t("cycle.heatmap")}>
          <table className="heatmap" data-testid={testid} data-by={data.by}>
            <thead>
              <tr>
                <th scope="col">{t("cycle.unit")}</th>
                {data.goals.map((g) => (
                  <th key={g.id} scope="col">
                    {g.name}
                  </th>
                ))}
                <th scope="col">{t("cycle.unaligned")}</th>
                <th scope="col">{t("cycle.total")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.unit_id ?? 0}>
                  <th scope="row">{r.unit}</th>
                  {r.cells.map((c) => cellView(r.unit_id, r.unit, c))}
                  {cellView(r.unit_id, r.unit, r.total, true)}
                </tr>
              ))}
              <tr className="totals">
                <th scope="row">{t("cycle.total")}</th>
                {data.column_totals.map((c) => (
                  <td key={c.goal_id ?? "none"} className="total">
                    {c.n}
                  </td>
                ))}
                <td className="total" data-testid="heat-total">
                  {data.total.n}
                </td>
              </tr>
            </tbody>
          </table>
        </ScrollFrame>
      )}
    </>
  );
}
