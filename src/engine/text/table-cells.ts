// The cells of a table printed as lines of text: cells split at tabs, two
// spaces or more, an ideographic space, or a bar (｜ or |). Shared by the
// readers of year-column indicator tables (targets/year-table.ts) and of
// project tables (structure/project-table.ts), which must cut a line alike.

export interface TableCell {
  /** Offsets of the trimmed cell in the text the line was cut from. */
  start: number;
  end: number;
  text: string;
}

const CELL_GAP = /\t+| {2,}|\u3000+|\s*[｜|]\s*/g;

/** The non-empty cells of text[start, end), trimmed, in order. */
export function tableCells(text: string, start: number, end: number): TableCell[] {
  const line = text.slice(start, end);
  const out: TableCell[] = [];
  let at = 0;
  CELL_GAP.lastIndex = 0;
  for (let m = CELL_GAP.exec(line); ; m = CELL_GAP.exec(line)) {
    const stop = m ? m.index : line.length;
    const raw = line.slice(at, stop);
    const lead = raw.length - raw.trimStart().length;
    const cell = raw.trim();
    if (cell) out.push({ start: start + at + lead, end: start + at + lead + cell.length, text: cell });
    if (!m) break;
    at = m.index + m[0].length;
  }
  return out;
}
