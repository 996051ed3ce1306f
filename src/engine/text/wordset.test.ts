import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { WordSet, type WordHit } from "./wordset.ts";

// The plain definitions the fast lookups must agree with.
function everyNaive(words: string[], text: string, from: number, to: number): WordHit[] {
  const out: WordHit[] = [];
  const byLength = [...new Set(words)].filter(Boolean).sort((a, b) => b.length - a.length);
  for (let i = from; i < to; i++)
    for (const w of byLength) if (i + w.length <= to && text.startsWith(w, i)) out.push({ at: i, word: w });
  return out;
}
function allNaive(words: string[], text: string, from: number, to: number): WordHit[] {
  const out: WordHit[] = [];
  let next = from;
  for (const h of everyNaive(words, text, from, to)) {
    if (h.at < next) continue;
    out.push(h);
    next = h.at + h.word.length;
  }
  return out;
}

test("finds words by their first two characters, longest first", () => {
  const set = new WordSet(["建设", "建设用地", "设", "产业", "产业链"]);
  assert.deepEqual(set.findAll("加快建设用地和产业链"), [
    { at: 2, word: "建设用地" },
    { at: 7, word: "产业链" },
  ]);
  assert.deepEqual(
    set.findEvery("产业链").map((h) => h.word),
    ["产业链", "产业"],
  );
  assert.deepEqual(set.first("推进建设", 1), { at: 2, word: "建设" });
  assert.equal(set.longestAt("建设用地", 0), "建设用地");
  assert.equal(set.longestAt("建设用地", 0, 3), "建设");
  assert.equal(set.endsAt("推进产业链", 5), "产业链");
  assert.equal(set.endsAt("推进产业", 4), "产业");
  assert.equal(set.has("全面推进"), false);
});

test("a single-character word is found only where it stands, not where its code's low bits match", () => {
  // A character whose code shares 设's low bits (the bit tables are indexed by them) is another character.
  const set = new WordSet(["设"]);
  const lookalike = String.fromCharCode("设".charCodeAt(0) ^ 0x4000);
  assert.deepEqual(set.findAll(`${lookalike}设`), [{ at: 1, word: "设" }]);
  assert.equal(set.has(lookalike), false);
});

test("findAll, findEvery, first and endsAt agree with their plain definitions", () => {
  // Few characters, so that words and texts collide often.
  const char = fc.constantFrom(
    "建",
    "设",
    "产",
    "业",
    "链",
    "用",
    "地",
    "，",
    "A",
    String.fromCharCode(0x5efa ^ 0x4000),
  );
  const word = fc.array(char, { minLength: 1, maxLength: 4 }).map((cs) => cs.join(""));
  fc.assert(
    fc.property(
      fc.array(word, { minLength: 1, maxLength: 12 }),
      fc.array(char, { maxLength: 30 }).map((cs) => cs.join("")),
      fc.nat(30),
      fc.nat(30),
      (words, text, a, b) => {
        const from = Math.min(a, b, text.length);
        const to = Math.min(Math.max(a, b), text.length);
        const set = new WordSet(words);
        assert.deepEqual(set.findEvery(text, from, to), everyNaive(words, text, from, to));
        assert.deepEqual(set.findAll(text, from, to), allNaive(words, text, from, to));
        assert.deepEqual(set.first(text, from, to), allNaive(words, text, from, to)[0] ?? null);
        const longestEnding = [...new Set(words)]
          .filter((w) => w.length <= 8 && to - w.length >= 0 && text.slice(to - w.length, to) === w)
          .sort((x, y) => y.length - x.length)[0];
        assert.equal(set.endsAt(text, to), longestEnding ?? null);
      },
    ),
    { numRuns: 2000 },
  );
});

test("findAll of a few words over a long stretch (searched word by word) agrees with the plain definition", () => {
  const char = fc.constantFrom("代", "表", "人", "大", "党", "会", "，", "A");
  const word = fc.array(char, { minLength: 1, maxLength: 5 }).map((cs) => cs.join(""));
  fc.assert(
    fc.property(
      fc.array(word, { minLength: 1, maxLength: 12 }),
      fc.array(char, { minLength: 340, maxLength: 700 }).map((cs) => cs.join("")),
      fc.nat(40),
      fc.nat(40),
      (words, text, a, b) => {
        const from = a;
        const to = text.length - b;
        const set = new WordSet(words);
        assert.deepEqual(set.findAll(text, from, to), allNaive(words, text, from, to));
      },
    ),
    { numRuns: 300 },
  );
});

test("a place whose first character opens a word is passed over only when the pair there opens none", () => {
  assert.deepEqual(new WordSet(["书记"]).first("书法书记"), { at: 2, word: "书记" });
  // A one-character word stands wherever its character does, whatever follows it.
  assert.deepEqual(new WordSet(["书记", "书"]).findAll("书法书记"), [
    { at: 0, word: "书" },
    { at: 2, word: "书记" },
  ]);
  // At the stretch's end no pair follows.
  assert.equal(new WordSet(["书记"]).first("县委书", 0, 3), null);
});

test("a set with no one-character word (read every other character) agrees with the plain definitions", () => {
  const char = fc.constantFrom("建", "设", "产", "业", "链", "，", "A", String.fromCharCode(0x5efa ^ 0x4000));
  const word = fc.array(char, { minLength: 2, maxLength: 4 }).map((cs) => cs.join(""));
  fc.assert(
    fc.property(
      fc.array(word, { minLength: 1, maxLength: 12 }),
      fc.array(char, { maxLength: 30 }).map((cs) => cs.join("")),
      fc.nat(30),
      fc.nat(30),
      (words, text, a, b) => {
        const from = Math.min(a, b, text.length);
        const to = Math.min(Math.max(a, b), text.length);
        const set = new WordSet(words);
        assert.deepEqual(set.findEvery(text, from, to), everyNaive(words, text, from, to));
        assert.deepEqual(set.first(text, from, to), allNaive(words, text, from, to)[0] ?? null);
        assert.equal(set.has(text, from, to), everyNaive(words, text, from, to).length > 0);
      },
    ),
    { numRuns: 2000 },
  );
});
