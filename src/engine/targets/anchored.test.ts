import { test } from "node:test";
import assert from "node:assert/strict";
import { AnchoredWords } from "./anchored.ts";
import { TextIndex } from "./text-index.ts";

const WORDS = ["今年", "今年以来", "一季度", "第一季度", "目前", "截至目前", "至今", "现在"];
const words = new AnchoredWords(WORDS);
const TEXT = "截至目前，第一季度新建公园3个；今年以来至今，一季度现在目前已完成，今年";

/** Every occurrence of the words in text[from, to), found the slow way. */
function naive(text: string, from: number, to: number): string[] {
  const out: string[] = [];
  for (const w of WORDS)
    for (let i = text.indexOf(w, from); i !== -1 && i + w.length <= to; i = text.indexOf(w, i + 1))
      out.push(`${i}:${w}`);
  return out.sort();
}
const keys = (hits: { at: number; word: string }[]) => hits.map((h) => `${h.at}:${h.word}`).sort();

test("every, from a slice or from the text's index, finds each occurrence within the stretch", () => {
  const index = new TextIndex(TEXT);
  for (let from = 0; from < TEXT.length; from += 3) {
    for (let to = from; to <= TEXT.length; to += 5) {
      const want = naive(TEXT, from, to);
      assert.deepEqual(keys(words.every(TEXT.slice(from, to), from)), want, `every ${from}-${to}`);
      assert.deepEqual(keys(words.everyIn(index, from, to)), want, `everyIn ${from}-${to}`);
    }
  }
});

test("findAllIn keeps the leftmost-longest words, as findAll does on the slice", () => {
  const index = new TextIndex(TEXT);
  // Read backwards too: the index's lookups may go back before the last one.
  for (const [from, to] of [
    [0, TEXT.length],
    [20, 30],
    [5, 12],
    [0, 4],
    [16, 24],
  ] as const) {
    assert.deepEqual(words.findAllIn(index, from, to), words.findAll(TEXT.slice(from, to), from));
  }
  assert.deepEqual(
    words.findAllIn(index, 0, TEXT.length).map((h) => h.word),
    ["截至目前", "第一季度", "今年以来", "至今", "一季度", "现在", "目前", "今年"],
  );
});

test("a numeral is no anchor where another character of the same words serves", () => {
  // 一季度 and 第一季度 hold 一 as often as 季: the index looks for 季, never for 一.
  const index = new TextIndex("一是，二是，统一");
  assert.deepEqual(new AnchoredWords(["一季度", "第一季度"]).everyIn(index, 0, 8), []);
  assert.equal((index as unknown as { byChar: Map<number, unknown> }).byChar.has("一".charCodeAt(0)), false);
});
