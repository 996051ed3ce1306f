// Page breaks left in the text of a paged document (a 红头文件 converted from
// PDF): a page-number line (— 2 —, - 3 -, 第4页) with the running header
// or footer printed beside it, often in the middle of a sentence:
//
//   5.新建高标准农田3.5万亩，
//   — 2 —
//   某县2016年度重点工作任务
//   完成农田水利设施维修加固工程。
//
// They belong to no sentence. The text is folded to the same length (spans
// need no mapping), so the break is blanked rather than cut: its lines become
// spaces, and when the line before it stops mid-sentence the line breaks go
// too, so that the sentence reads on across the page.

/** A page number standing alone on its line, framed by dashes (— 2 —, -3-), or 第N页(共M页). */
const PAGE_NUMBER =
  /^[ \t\u3000]*(?:[—－\-–─]+[ \t\u3000]*\d{1,3}[ \t\u3000]*[—－\-–─]+|第\d{1,3}页(?:[，,]?共\d{1,3}页)?)[ \t\u3000]*$/gm;
/** What ends a sentence or a line that stands alone: a break after it does not cut a sentence. */
const CLOSED = /[。！？；：:”）)]$/;
/** A line that opens an item or a heading of its own (6.扶持…, 三、…, （二）…). */
const OPENS_ITEM = /^(?:\d{1,2}[.．、]|[一二三四五六七八九十]+、|（[一二三四五六七八九十\d]+）)/;
/** The longest running header or footer. */
const HEADER_LENGTH = 40;

interface Line {
  start: number;
  end: number;
  text: string;
}

function lineAt(text: string, at: number): Line {
  const start = text.lastIndexOf("\n", at - 1) + 1;
  let end = text.indexOf("\n", at);
  if (end < 0) end = text.length;
  return { start, end, text: text.slice(start, end).trim() };
}

/** The nearest non-blank line before `at` (a line start), or null. */
function lineBefore(text: string, at: number): Line | null {
  for (let end = at - 1; end > 0;) {
    const line = lineAt(text, end - 1);
    if (line.text) return line;
    end = line.start - 1;
  }
  return null;
}

/** The nearest non-blank line after `at` (a line end), or null. */
function lineAfter(text: string, at: number): Line | null {
  for (let start = at + 1; start < text.length;) {
    const line = lineAt(text, start);
    if (line.text) return line;
    start = line.end + 1;
  }
  return null;
}

/** Every whole line of the text, trimmed, with how often it occurs. */
function lineCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (line && line.length <= HEADER_LENGTH) counts.set(line, (counts.get(line) ?? 0) + 1);
  }
  return counts;
}

export function blankPageBreaks(text: string): string {
  PAGE_NUMBER.lastIndex = 0;
  if (!PAGE_NUMBER.test(text)) return text;
  const counts = lineCounts(text);
  // A header beside a page number is a line printed again elsewhere (on another page, or as the title).
  const repeated = (line: Line | null) =>
    line !== null &&
    line.text.length <= HEADER_LENGTH &&
    !CLOSED.test(line.text) &&
    (counts.get(line.text) ?? 0) >= 2;
  const blank: [number, number, boolean][] = [];
  PAGE_NUMBER.lastIndex = 0;
  for (let m = PAGE_NUMBER.exec(text); m; m = PAGE_NUMBER.exec(text)) {
    let from = m.index;
    let to = m.index + m[0].length;
    const header = lineAfter(text, to);
    if (repeated(header)) to = header!.end;
    const footer = lineBefore(text, from);
    if (repeated(footer) && footer !== null) from = footer.start;
    const before = lineBefore(text, from);
    const after = lineAfter(text, to);
    // Mid-sentence: the break, its line ends included, joins the two halves of the sentence.
    const joins =
      before !== null && after !== null && !CLOSED.test(before.text) && !OPENS_ITEM.test(after.text);
    if (joins) {
      from = before.end;
      to = after.start;
    }
    blank.push([from, to, joins]);
  }
  let out = "";
  let last = 0;
  for (const [from, to, joins] of blank) {
    if (from < last) continue;
    out += text.slice(last, from);
    // Line ends kept where the break does not join a sentence: only the furniture's characters go.
    out += joins ? " ".repeat(to - from) : text.slice(from, to).replace(/[^\n]/g, " ");
    last = to;
  }
  return out + text.slice(last);
}
