// A table of indicators by year, as a five-year plan prints its main goals:
//
//   指标                       2020年   2025年    属性
//   地区生产总值（亿元）         612.5    850      预期性
//   地区生产总值年均增长（%）     —        6.5左右   预期性
//
// A header whose first cell names the metric column (指标) and whose other
// cells include years; under it, one row per metric with its unit of measure
// in brackets, then a figure per year. A year before the document's is the
// base the plan starts from (a baseline); a later one is the goal due then.
// A cell with no figure (—) or another column (属性) states nothing.
//
// A table that shares out one year's indicators among places has a column per
// place instead (指标｜石桥镇｜白沙镇): each figure is that place's goal, due in
// the year the table's caption names (2026年度各镇主要指标分解表).
import type { Commitment, Target } from "../types.ts";
import type { DocModel } from "../document.ts";
import { comparatorOf } from "./comparator.ts";
import { metricBefore } from "./metric.ts";
import { endsWithGrowth, TABLE_METRIC_HEADS, VERBS } from "./words.ts";
import { placeAt } from "../structure/units.ts";
import { tableCells, type TableCell } from "../text/table-cells.ts";

const METRIC_HEAD_OPENS = new Set([...TABLE_METRIC_HEADS].map((w) => w[0]!));

/** The cells of a table line: split at tabs, at two spaces or more, an ideographic space, or a bar. */
const HAS_CELL_GAP = /\t| {2}|\u3000|[｜|]/;
/** A year in a table's caption: the year its figures are due when its columns are places. */
const CAPTION_YEAR = /((?:19|20)\d{2})年/;
/** A year column's head: 2025年, 2025年目标, 2020年基期. */
const YEAR_HEAD = /^((?:19|20)\d{2})年[\u4e00-\u9fa5]{0,3}$/;
/** A figure cell: the number and what may follow it (左右, 以上, 以内). */
const FIGURE_CELL = /^(\d+(?:\.\d+)?)(左右|以上|以内|以下|不到)?$/;
/** The unit of measure a metric cell ends with, in brackets: 地区生产总值（亿元）. */
const UNIT_CELL = /[（(]([^（）()]{1,6})[）)]$/;

type Cell = TableCell;

/** The cells of text[start, end), trimmed, or null when the line has fewer than three. */
function cellsOf(text: string, start: number, end: number): Cell[] | null {
  if (!HAS_CELL_GAP.test(text.slice(start, end))) return null;
  const cells = tableCells(text, start, end);
  return cells.length >= 3 ? cells : null;
}

/** The targets every year table of the document states, each with the paragraph of its row. */
export function yearTableTargets(doc: DocModel): Map<number, Target[]> {
  return readTables(doc).targets;
}

/**
 * The actions of a table shared out among places: a row whose name opens with an action verb
 * (新建高标准农田（亩）｜800｜500) is an action of every place given a figure for it.
 */
export function placeTableActions(doc: DocModel): Commitment[] {
  return readTables(doc).actions;
}

interface Tables {
  targets: Map<number, Target[]>;
  actions: Commitment[];
}

/** Each document's tables, read once for its targets and again for its actions. */
const read = new WeakMap<DocModel, Tables>();

function readTables(doc: DocModel): Tables {
  const known = read.get(doc);
  if (known) return known;
  const actions: Commitment[] = [];
  const tables = { targets: yearTables(doc, actions), actions };
  read.set(doc, tables);
  return tables;
}

function yearTables(doc: DocModel, actions: Commitment[]): Map<number, Target[]> {
  const out = new Map<number, Target[]>();
  const { original, text, paragraphs, sentences } = doc;
  if (
    !original.includes("\t") &&
    !original.includes("  ") &&
    !original.includes("\u3000") &&
    !original.includes("｜") &&
    !original.includes("|")
  )
    return out;
  for (let i = 0; i < paragraphs.length; i++) {
    const head = paragraphs[i]!;
    // (Most lines open with another character: only a line that may be a header is cut into cells.)
    if (!METRIC_HEAD_OPENS.has(head.text[0]!)) continue;
    const heads = cellsOf(original, head.start, head.end);
    if (!heads || !TABLE_METRIC_HEADS.has(heads[0]!.text)) continue;
    let years = heads.map((c) => YEAR_HEAD.exec(c.text)?.[1]);
    // A column per place: every column after the metric's names one.
    const places = heads.map((c, k) => (k > 0 && placeAt(c.text, 0) === c.text ? c.text : undefined));
    const byPlace = places.slice(1).every(Boolean);
    if (byPlace) {
      const caption = i > 0 ? CAPTION_YEAR.exec(paragraphs[i - 1]!.text)?.[1] : undefined;
      years = heads.map((_, k) => (k > 0 ? (caption ?? "") : undefined));
    } else if (!years.some(Boolean)) continue;
    for (let j = i + 1; j < paragraphs.length; j++) {
      const row = paragraphs[j]!;
      const cells = cellsOf(original, row.start, row.end);
      if (!cells || cells.length !== heads.length || TABLE_METRIC_HEADS.has(cells[0]!.text)) break;
      const name = cells[0]!;
      const unit = UNIT_CELL.exec(name.text);
      const nameEnd = unit ? name.end - unit[0].length : name.end;
      const metric = metricBefore(text, name.start, nameEnd);
      if (!metric) continue;
      const measure = unit?.[1] ?? null;
      const percent = measure === "%" || measure === "％";
      const kind = percent
        ? endsWithGrowth(text, name.start, nameEnd)
          ? "growth_rate"
          : "percent"
        : "absolute";
      const owner = sentences.find((s) => s.paragraph === row.index)?.unit ?? null;
      const found: Target[] = [];
      for (let k = 1; k < cells.length; k++) {
        const year = years[k];
        const figure = year !== undefined ? FIGURE_CELL.exec(cells[k]!.text) : null;
        if (year === undefined || !figure) continue;
        const byYear = year ? Number(year) : null;
        found.push({
          unit: places[k] ?? owner,
          metric: metric.text,
          comparator: comparatorOf(text, { tail: figure[2] ?? "", approx: false }, 0, 0),
          value: Number(figure[1]),
          value_kind: kind,
          unit_of_measure: kind === "absolute" ? measure : null,
          by_year: byYear,
          // With no reference year, the first of two year columns is the base.
          baseline:
            byYear === null
              ? false
              : doc.year !== null
                ? byYear < doc.year
                : !byPlace && k === years.findIndex(Boolean) && years.filter(Boolean).length > 1,
          span: [name.start, cells[k]!.end],
          commitment: null,
        });
      }
      if (found.length) out.set(row.index, found);
      if (byPlace && metric.start > name.start && VERBS.longestAt(text, name.start, metric.start)) {
        for (const t of found) {
          if (!t.unit) continue;
          actions.push({
            unit: t.unit,
            text: original.slice(name.start, nameEnd),
            span: [name.start, nameEnd],
            goals: [],
            suggestions: [],
          });
        }
      }
    }
  }
  return out;
}
