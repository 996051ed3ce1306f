// A PDF page's positioned text runs to the lines a person reads. PDF keeps
// no paragraphs: a wrapped line of a paragraph and a new paragraph look the
// same in the content stream, and writers add spacing runs between Chinese
// and Latin text. pdfjs gives the runs with their positions; these pure
// functions turn them into text the engine can split into sentences.

/** One text run as pdfjs reports it (the fields used here). */
export interface TextRun {
  str: string;
  /** Left edge and baseline, in PDF points (y grows upwards). */
  x: number;
  y: number;
  width: number;
  /** The run's font height; 0 for the spacing runs pdfjs inserts. */
  height: number;
}

interface Line {
  text: string;
  left: number;
  right: number;
  y: number;
  size: number;
}

const CJK = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/u;

/**
 * The page's lines in reading order: runs on one baseline joined, lines top
 * to bottom (the content stream's order is kept within a line, since
 * writers emit runs left to right and right-to-left scripts do not occur in
 * these documents).
 */
export function pageLines(runs: TextRun[]): Line[] {
  const lines: { runs: TextRun[]; y: number; size: number }[] = [];
  for (const run of runs) {
    if (run.str === "") continue;
    const size = run.height || 0;
    const line = lines.find((l) => Math.abs(l.y - run.y) <= Math.max(l.size, size, 1) * 0.5);
    if (line) {
      line.runs.push(run);
      line.size = Math.max(line.size, size);
    } else lines.push({ runs: [run], y: run.y, size });
  }
  lines.sort((a, b) => b.y - a.y);
  return lines
    .map((l) => {
      const runs = [...l.runs].sort((a, b) => a.x - b.x);
      const visible = runs.filter((r) => r.str.trim() !== "");
      return {
        text: joinRuns(runs),
        left: visible[0]?.x ?? runs[0]!.x,
        right: Math.max(...visible.map((r) => r.x + r.width)),
        y: l.y,
        size: l.size,
      };
    })
    .filter((l) => l.text.trim() !== "");
}

/** Runs of one line; a spacing run between Chinese and anything else is dropped (it is typesetting, not text). */
function joinRuns(runs: TextRun[]): string {
  let out = "";
  runs.forEach((run, i) => {
    if (run.str.trim() === "") {
      const before = out.at(-1) ?? "";
      const after = runs[i + 1]?.str[0] ?? "";
      if (CJK.test(before) || CJK.test(after) || before === "" || after === "") return;
      if (!out.endsWith(" ")) out += " ";
      return;
    }
    out += run.str;
  });
  return out.trim();
}

/** Words of one line (as OCR finds them) joined: a space only between two words of Latin letters or digits. */
export function joinWords(words: string[]): string {
  return words.reduce(
    (a, b) => (a === "" ? b : CJK.test(a.at(-1)!) || CJK.test(b[0]!) ? a + b : `${a} ${b}`),
    "",
  );
}

/** A line that is nothing but a page number ("3", "- 3 -", "— 3 —", "第3页"): a footer, not text. */
export function isPageNumber(text: string): boolean {
  return (
    /^[\s\-—–－·]*(第\s*)?\d{1,4}(\s*页)?[\s\-—–－·]*$/u.test(text) || /^\d+\s*\/\s*\d+$/u.test(text.trim())
  );
}

/**
 * A page's text: lines joined, a wrapped line glued to the next one (the
 * line reaches the text block's right edge and the next is not indented),
 * other line ends kept; a page-number footer or header dropped. The right
 * edge counts as the block's when two lines reach it or when it spans most
 * of `pageWidth`: on a page of two short lines the longer is not "full".
 */
export function pageText(runs: TextRun[], pageWidth = Infinity): string {
  const lines = pageLines(runs);
  while (lines.length > 0 && isPageNumber(lines.at(-1)!.text)) lines.pop();
  while (lines.length > 0 && isPageNumber(lines[0]!.text)) lines.shift();
  if (lines.length === 0) return "";
  const left = Math.min(...lines.map((l) => l.left));
  const right = Math.max(...lines.map((l) => l.right));
  const full = (l: Line) => l.right >= right - Math.max(l.size, 1) * 1.5;
  const block = lines.filter(full).length >= 2 || right - left >= pageWidth * 0.6;
  let out = lines[0]!.text;
  for (let i = 1; i < lines.length; i++) {
    const prev = lines[i - 1]!;
    const line = lines[i]!;
    out += block && full(prev) && continues(prev, line, left) ? glue(out, line.text) : `\n${line.text}`;
  }
  return out;
}

/** `next` carries on `prev`'s paragraph: it starts at the margin, close below, and `prev` ends no sentence. */
function continues(prev: Line, next: Line, left: number): boolean {
  const size = Math.max(prev.size, next.size, 1);
  const atMargin = next.left <= left + size * 0.5;
  const close = prev.y - next.y <= size * 2;
  return atMargin && close && !/[。！？]$/u.test(prev.text);
}

function glue(before: string, next: string): string {
  const last = before.at(-1) ?? "";
  const first = next[0] ?? "";
  return CJK.test(last) || CJK.test(first) ? next : ` ${next}`;
}
