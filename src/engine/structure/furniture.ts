// Page furniture by position: what a web page or a newspaper page prints
// around an article (related links, recommended items, the editor's line, a
// lead that the body repeats), and where a file that holds several articles
// starts the next one.
import { WordSet } from "../text/wordset.ts";
import type { Paragraph } from "../text/segment.ts";
import layout from "../../../lexicon/layout.json" with { type: "json" };

const END_OF_ARTICLE = new WordSet(layout.endOfArticle);
/** Bullets that open the lines of a list of links (· 某某召开会议). */
const LIST_BULLETS = new Set([..."·•●▪◆■○◇-*"]);
/** A closing line is short: 责任编辑：王蕾, 相关阅读：. */
const CLOSING_LINE_LENGTH = 40;
/** A paragraph this short is never taken for a repeat of another. */
const REPEAT_LENGTH = 12;
/** Head lines (dateline, byline, source) a new article may have between its headline and its body. */
const HEAD_LINES = 3;
/** How far ahead the body of a new article is looked for. */
const BODY_REACH = 8;

export interface PageLayout {
  /** Paragraphs that belong to no article's text. */
  furniture: Set<number>;
  /** Index of the first paragraph of each article after the first, in order. */
  articleStarts: number[];
}

function hasSentence(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3002 || c === 0xff01 || c === 0xff1f) return true; // 。！？
  }
  return false;
}

/** A line that closes an article: 相关阅读, 新闻推荐, 责任编辑：… (lexicon/layout.json). */
function closes(p: Paragraph): boolean {
  return p.text.length <= CLOSING_LINE_LENGTH && END_OF_ARTICLE.longestAt(p.text, 0) !== null;
}

/**
 * True when paras[i] opens another article after a closed one: a headline (a
 * line with no sentence, not a link of a list, not a closing line) that does
 * not stand on the line right under a closing line (新闻推荐 / 一条推荐的标题:
 * the item is a link, not an article; a blank line between them ends the
 * list), followed by at most three head lines and then by at least two
 * paragraphs of text. A single paragraph under a headline reads as a teaser,
 * and stays furniture.
 */
function opensArticle(text: string, paras: Paragraph[], i: number): boolean {
  const p = paras[i]!;
  if (hasSentence(p.text) || LIST_BULLETS.has(p.text[0]!) || closes(p)) return false;
  if (i > 0 && closes(paras[i - 1]!) && !blankLineBefore(text, paras[i - 1]!.end, p.start)) return false;
  let j = i + 1;
  for (let head = 0; j < paras.length && !hasSentence(paras[j]!.text); j++, head++) {
    if (head >= HEAD_LINES || closes(paras[j]!) || LIST_BULLETS.has(paras[j]!.text[0]!)) return false;
  }
  let body = 0;
  for (const end = Math.min(paras.length, j + BODY_REACH); j < end && body < 2; j++) {
    if (closes(paras[j]!)) break;
    if (hasSentence(paras[j]!.text)) body++;
  }
  return body >= 2;
}

/** True when text[from, to) holds an empty line: two line breaks. */
function blankLineBefore(text: string, from: number, to: number): boolean {
  const first = text.indexOf("\n", from);
  return first >= 0 && first < to && text.indexOf("\n", first + 1) >= 0 && text.indexOf("\n", first + 1) < to;
}

/** The paragraph without the ellipsis or spaces that cut a lead short. */
function withoutCut(text: string): string {
  let end = text.length;
  while (end > 0) {
    const c = text.charCodeAt(end - 1);
    if (c === 0x2026 || c <= 32 || c === 0x3000 || c === 0xa0) end--;
    else break;
  }
  return end === text.length ? text : text.slice(0, end);
}

/**
 * Paragraphs that are page furniture by position: from a line that closes the
 * article (相关阅读, 新闻推荐…) to the start of the next article, if any; within
 * an article, a paragraph stated again later in the same words, and a lead that
 * the next paragraphs open with.
 */
export function pageLayout(text: string, paras: Paragraph[]): PageLayout {
  const furniture = new Set<number>();
  const articleStarts: number[] = [];
  let ended = false;
  let begun = false;
  for (const p of paras) {
    if (ended) {
      if (!opensArticle(text, paras, p.index)) {
        furniture.add(p.index);
        continue;
      }
      ended = false;
      begun = false;
      articleStarts.push(p.index);
    }
    // Navigation and share bars above the article open with the same words: only a line after its text ends it.
    if (begun && closes(p)) {
      ended = true;
      furniture.add(p.index);
      continue;
    }
    if (!begun && hasSentence(p.text)) begun = true;
  }
  const bounds = [0, ...articleStarts, paras.length];
  for (let a = 0; a + 1 < bounds.length; a++) repeatsWithin(paras, bounds[a]!, bounds[a + 1]!, furniture);
  return { furniture, articleStarts };
}

/** Within paras[from, to): a paragraph repeated later, and a lead cut short that a following paragraph opens with. */
function repeatsWithin(paras: Paragraph[], from: number, to: number, furniture: Set<number>): void {
  const repeated = repeatedLater(paras, from, to);
  for (let i = from; i < to; i++) {
    const p = paras[i]!;
    if (furniture.has(i) || p.text.length < REPEAT_LENGTH) continue;
    if (repeated.has(i)) furniture.add(i);
    const lead = withoutCut(p.text);
    for (let k = i + 1; k < Math.min(to, i + 4); k++) {
      const q = paras[k]!.text;
      if (q.length > lead.length && q.startsWith(lead)) furniture.add(i);
    }
  }
}

/**
 * The paragraphs of paras[from, to) (of REPEAT_LENGTH or more) whose text a later one
 * repeats. Only paragraphs that share their length with another are keyed by their text:
 * hashing every paragraph's text read the whole document once more.
 */
function repeatedLater(paras: Paragraph[], from: number, to: number): Set<number> {
  const out = new Set<number>();
  const lengths = new Map<number, number>();
  for (let i = from; i < to; i++) {
    const n = paras[i]!.text.length;
    if (n >= REPEAT_LENGTH) lengths.set(n, (lengths.get(n) ?? 0) + 1);
  }
  const lastAt = new Map<string, number>();
  for (let i = to - 1; i >= from; i--) {
    const text = paras[i]!.text;
    if (text.length < REPEAT_LENGTH || lengths.get(text.length)! < 2) continue;
    if (lastAt.has(text)) out.add(i);
    else lastAt.set(text, i);
  }
  return out;
}
