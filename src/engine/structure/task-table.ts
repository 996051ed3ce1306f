// A table of tasks shared out among units (a 重点任务分工方案, a 任务清单) printed as lines
// of cells:
//
//   序号｜重点任务｜牵头单位｜配合单位｜完成时限
//   （一）实施产业强县战略
//   1｜新建标准厂房20万平方米，引进企业30家｜县工信局｜县商务局、各乡镇｜2025年12月底
//   2｜建成城西污水处理厂，新建管网12公
//   里｜县住建局｜县水务局｜2026年6月底
//
// Each row's task is the commitment of the unit its 牵头单位 (责任单位) cell names first, as
// a 重点项目表's project is its 责任单位's; the helping units (配合单位) only help. A row
// broken inside a cell goes on on the next line; a group's heading between rows, and a line
// that only carries more of the last row's later cells (｜｜｜各乡镇｜…), do not end the table.
import targetWords from "../../../lexicon/targets.json" with { type: "json" };
import type { Paragraph } from "../text/segment.ts";
import { isHeadingLine } from "../text/segment.ts";
import { tableCells, type TableCell } from "../text/table-cells.ts";
import { firstUnitIn } from "./owner-lines.ts";

const OWNER_HEAD = /^(?:牵头单位|责任单位|牵头部门|责任部门|主责单位|牵头责任单位)$/;
const TASK_HEAD =
  /^(?:重点任务|主要任务|工作任务|具体任务|任务内容|目标任务|重点工作|工作内容|工作措施|任务|主要内容|重点任务内容|具体措施)$/;
/** A project table (项目名称 | 建设内容 | 责任单位) is read by structure/project-table.ts. */
const NAME_HEAD = /^(?:项目名称|项目)$/;
const DEADLINE_HEAD = new Set<string>(targetWords.deadlineLabels);

export interface TaskRow {
  /** The paragraphs the row runs over (two when a cell is broken across lines). */
  paragraphs: number[];
  /** The task cell, in the text's offsets (it may run over a line break). */
  task: { start: number; end: number };
  /** The unit in charge: the first the owner cell names. */
  owner: string;
  /** The deadline cell, when the table has one and the row fills it. */
  deadline: TableCell | null;
}

const read = new WeakMap<readonly Paragraph[], Map<number, TaskRow>>();

const opensWithBar = (line: string) => line[0] === "｜" || line[0] === "|";

/** The rows of every task table, by the index of each paragraph they run over (read once per document). */
export function taskRows(paras: readonly Paragraph[], text: string): Map<number, TaskRow> {
  const known = read.get(paras);
  if (known) return known;
  const out = new Map<number, TaskRow>();
  read.set(paras, out);
  // Most documents hold no such table: its owner column's head is looked for first.
  if (!text.includes("单位") && !text.includes("部门")) return out;
  for (let i = 0; i < paras.length; i++) {
    const head = paras[i]!;
    if (!/单位|部门/.test(head.text) || !/任务|工作|内容|措施/.test(head.text)) continue;
    const heads = tableCells(text, head.start, head.end).map((c) => c.text);
    if (heads.length < 3 || heads.some((h) => NAME_HEAD.test(h))) continue;
    const task = heads.findIndex((h) => TASK_HEAD.test(h));
    const owner = heads.findIndex((h) => OWNER_HEAD.test(h));
    if (task < 0 || owner < 0) continue;
    const deadline = heads.findIndex((h) => DEADLINE_HEAD.has(h));
    const needed = Math.max(task, owner) + 1;
    let last: TaskRow | null = null;
    let j = i + 1;
    for (; j < paras.length; j++) {
      const line = paras[j]!;
      // ｜｜｜各乡镇｜2025年8月底: the later cells of the row above, broken off.
      if (opensWithBar(line.text)) {
        if (!last) break;
        if (deadline >= 0 && !last.deadline) {
          const cells = tableCells(text, line.start, line.end);
          last.deadline = cells[cells.length - 1] ?? null;
        }
        continue;
      }
      let cells = tableCells(text, line.start, line.end);
      // （二）实施开放活县战略: a group's heading between the rows.
      if (cells.length === 1 && isHeadingLine(line.text)) {
        last = null;
        continue;
      }
      const spans = [j];
      if (cells.length < needed && cells.length > task && j + 1 < paras.length) {
        // A cell broken at the line's end: the next line carries the rest of it and the cells after.
        const next = paras[j + 1]!;
        const more = opensWithBar(next.text) ? [] : tableCells(text, next.start, next.end);
        if (more.length < 2 || cells.length + more.length - 1 > heads.length) break;
        const broken = cells[cells.length - 1]!;
        const joined = {
          start: broken.start,
          end: more[0]!.end,
          text: text.slice(broken.start, more[0]!.end),
        };
        cells = [...cells.slice(0, -1), joined, ...more.slice(1)];
        spans.push(j + 1);
        j++;
      }
      if (cells.length < needed || cells.length > heads.length) break;
      const named = firstUnitIn(cells[owner]!.text);
      if (!named) break;
      last = {
        paragraphs: spans,
        task: { start: cells[task]!.start, end: cells[task]!.end },
        owner: named,
        deadline: deadline >= 0 && cells.length === heads.length ? cells[deadline]! : null,
      };
      for (const k of spans) out.set(k, last);
    }
    i = j - 1;
  }
  return out;
}
