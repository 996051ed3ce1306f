// Chinese words for the states Lantu stores, as tables and reports print them.
import type { ReviewState, Status } from "../domain/types.ts";

export const STATUS_LABEL: Record<Status, string> = {
  not_started: "未开始",
  on_track: "正常推进",
  behind: "滞后",
  overdue: "逾期",
  done: "已完成",
};

export const REVIEW_LABEL: Record<ReviewState, string> = {
  proposed: "待审核",
  confirmed: "已确认",
  rejected: "已驳回",
  merged: "已合并",
};

/** Fill colours (ARGB) for a status cell: green done, blue on track, amber behind, red overdue. */
export const STATUS_FILL: Record<Status, string> = {
  not_started: "FFEDEDED",
  on_track: "FFDDEBF7",
  behind: "FFFFEB9C",
  overdue: "FFFFC7CE",
  done: "FFC6EFCE",
};

export const statusLabel = (s: string): string => STATUS_LABEL[s as Status] ?? s;
export const reviewLabel = (s: string): string => REVIEW_LABEL[s as ReviewState] ?? s;

/** 2023Q1 → 2023年第一季度; 2023H2 → 2023年下半年; 2023-03 → 2023年3月; 2023 → 2023年. */
export function periodLabel(period: string): string {
  const m = /^(\d{4})(?:(H[12])|Q([1-4])|-(\d{2}))?$/.exec(period);
  if (!m) return period;
  if (m[2]) return `${m[1]}年${m[2] === "H1" ? "上" : "下"}半年`;
  if (m[3]) return `${m[1]}年第${"一二三四"[Number(m[3]) - 1]}季度`;
  if (m[4]) return `${m[1]}年${Number(m[4])}月`;
  return `${m[1]}年`;
}

/** 2023-04-05 → 2023年4月5日. */
export function chineseDate(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return `${y}年${m}月${d}日`;
}
