// A table of key projects (重点项目表) printed as lines of cells:
//
//   序号  项目名称      建设内容              总投资(亿元)  年度计划投资(亿元)  责任单位
//   1     某某物流园    新建仓储设施12万平方米  20.5          6.0                市商务局
//
// Each row is one project, carried out by the unit its 责任单位 cell names:
// the project is that unit's commitment, the figures of its 建设内容 cell are
// its targets, and the year's planned investment is a target due in the
// document's year. The total investment only describes the project.
import type { Paragraph } from "../text/segment.ts";
import { tableCells as cellsOf } from "../text/table-cells.ts";

const NAME_HEAD = /^(?:项目名称|项目)$/;
const OWNER_HEAD = /^(?:责任单位|牵头单位|责任部门|实施单位|建设单位|牵头部门)$/;
const CONTENT_HEAD = /^(?:建设内容|建设规模|建设内容及规模|主要建设内容|建设规模及内容)$/;
/** The year's planned investment (年度计划投资（亿元）): a goal, unlike the total (总投资). */
const ANNUAL_HEAD = /^((?:本?年度|年内|当年)(?:计划)?(?:完成)?投资)[（(]([^（）()]{1,4})[）)]$/;
const FIGURE_CELL = /^\d+(?:\.\d+)?$/;

export interface Cell {
  start: number;
  end: number;
}

export interface ProjectRow {
  name: Cell;
  /** The unit in charge, as written. */
  owner: string;
  content: Cell | null;
  annual: { metric: string; measure: string; value: number; cell: Cell } | null;
}

const read = new WeakMap<readonly Paragraph[], Map<number, ProjectRow>>();

/** The rows of every project table, by paragraph index (read once per document). */
export function projectRows(paras: readonly Paragraph[], text: string): Map<number, ProjectRow> {
  const known = read.get(paras);
  if (known) return known;
  const out = new Map<number, ProjectRow>();
  read.set(paras, out);
  // Most documents hold no such table: its owner column's head is looked for first.
  if (!text.includes("单位") && !text.includes("部门")) return out;
  for (let i = 0; i < paras.length; i++) {
    const head = paras[i]!;
    if (!head.text.includes("项目") || !/单位|部门/.test(head.text)) continue;
    const heads = cellsOf(text, head.start, head.end).map((c) => text.slice(c.start, c.end));
    const name = heads.findIndex((h) => NAME_HEAD.test(h));
    const owner = heads.findIndex((h) => OWNER_HEAD.test(h));
    if (name < 0 || owner < 0 || heads.length < 3) continue;
    const content = heads.findIndex((h) => CONTENT_HEAD.test(h));
    const annual = heads.findIndex((h) => ANNUAL_HEAD.test(h));
    const annualHead = annual >= 0 ? ANNUAL_HEAD.exec(heads[annual]!) : null;
    let j = i + 1;
    for (; j < paras.length; j++) {
      const row = paras[j]!;
      const cells = cellsOf(text, row.start, row.end);
      if (cells.length !== heads.length) break;
      const at = (k: number) => text.slice(cells[k]!.start, cells[k]!.end);
      const figure = annual >= 0 ? at(annual) : "";
      out.set(row.index, {
        name: cells[name]!,
        owner: at(owner),
        content: content >= 0 ? cells[content]! : null,
        annual:
          annualHead && FIGURE_CELL.test(figure)
            ? { metric: annualHead[1]!, measure: annualHead[2]!, value: Number(figure), cell: cells[annual]! }
            : null,
      });
    }
    i = j - 1;
  }
  return out;
}
