// The task table's columns and the many names offices give them. The first
// name of each list is the one Lantu writes; earlier names win when a table
// has two columns for one field (完成情况 beats 备注).

export const FIELDS = [
  "seq",
  "text",
  "lead",
  "cooperating",
  "deadline",
  "progress",
  "status",
  "review",
  "goals",
  "id",
  "version",
] as const;
export type Field = (typeof FIELDS)[number];

export const SYNONYMS: Record<Field, string[]> = {
  seq: ["序号", "序", "顺序号", "No.", "No", "编号"],
  text: [
    "任务内容",
    "任务",
    "重点任务",
    "工作任务",
    "工作内容",
    "具体任务",
    "主要任务",
    "任务名称",
    "重点工作",
    "工作事项",
    "具体工作",
    "工作措施",
    "事项",
  ],
  lead: ["牵头单位", "责任单位", "主责单位", "牵头部门", "责任部门", "主要责任单位", "责任主体", "承办单位"],
  cooperating: ["配合单位", "协办单位", "协同单位", "参与单位", "配合部门", "协办部门", "协助单位"],
  deadline: [
    "完成时限",
    "时间节点",
    "完成时间",
    "完成期限",
    "时限要求",
    "时限",
    "截止时间",
    "截止日期",
    "进度安排",
  ],
  progress: ["进展情况", "完成情况", "工作进展", "推进情况", "落实情况", "进展", "备注"],
  status: ["状态", "推进状态", "进度状态"],
  review: ["审核状态", "审核"],
  goals: ["对应目标", "目标"],
  id: ["系统编号", "ID"],
  version: ["版本号", "版本"],
};

/** Header text as compared: full-width folded, spaces and bracketed notes removed. */
export function normalizeHeader(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[(（][^)）]*[)）]/g, "")
    .replace(/[\s*＊:：]/g, "")
    .trim();
}

/** Which field a header cell names, and how surely (lower is surer), or null. */
export function matchHeader(text: string): { field: Field; rank: number } | null {
  const h = normalizeHeader(text);
  if (!h || h.length > 20) return null;
  let best: { field: Field; rank: number } | null = null;
  for (const field of FIELDS) {
    SYNONYMS[field].forEach((name, i) => {
      let rank: number | null = null;
      if (h === name || h.toLowerCase() === name.toLowerCase()) rank = i;
      else if (name.length >= 2 && h.includes(name)) rank = 100 + i;
      if (rank !== null && (!best || rank < best.rank)) best = { field, rank };
    });
  }
  return best;
}

/** The headers Lantu writes, in order, for a working table or a public one. */
export function exportColumns(working: boolean): Field[] {
  const base: Field[] = ["seq", "text", "lead", "cooperating", "deadline", "progress", "status", "goals"];
  return working ? [...base.slice(0, 7), "review", "goals", "id", "version"] : [...base, "id"];
}

export const HEADER: Record<Field, string> = {
  seq: "序号",
  text: "任务内容",
  lead: "牵头单位",
  cooperating: "配合单位",
  deadline: "完成时限",
  progress: "进展情况",
  status: "状态",
  review: "审核状态",
  goals: "对应目标",
  id: "系统编号",
  version: "版本号",
};
