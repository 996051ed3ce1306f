import { test } from "node:test";
import assert from "node:assert/strict";
import { ClauseWords, PAST, VERB } from "./clause-words.ts";
import { WordSet } from "../text/wordset.ts";

test("a stretch of a text is scanned as its slice would be, offsets counted from its start", () => {
  const words = new ClauseWords([
    [VERB, ["建设", "推进"]],
    [PAST, ["已经"]],
  ]);
  const text = "第一句。推进城东建设，已经开工。建设";
  const from = text.indexOf("推进");
  const to = text.indexOf("。", from) + 1;
  assert.deepEqual(words.scan(text, from, to), words.scan(text.slice(from, to)));
  // (A word that runs past the stretch's end is not in it: 建设 after the last 。 is cut off at 建.)
  assert.deepEqual(words.scan(text, text.length - 2, text.length - 1), []);
  assert.deepEqual(
    words.scan(text, from, to).map((h) => [h.at, h.word]),
    [
      [0, "推进"],
      [4, "建设"],
      [7, "已经"],
    ],
  );
});

test("every occurrence, overlapping ones included, longest first at each offset: as WordSet.findEvery finds them", () => {
  const lists: [number, string[]][] = [
    [VERB, ["建设", "建设用地", "推进", "推", "进行", "已"]],
    [PAST, ["已经", "已", "建成了"]],
  ];
  const words = new ClauseWords(lists);
  const all = new WordSet(lists.flatMap(([, w]) => w));
  const text = "已经推进建设用地，推进行动已建成了，建设";
  assert.deepEqual(
    words.scan(text).map((h) => [h.at, h.word]),
    all.findEvery(text).map((h) => [h.at, h.word]),
  );
  assert.deepEqual(
    words.scan(text, 2, 8).map((h) => [h.at, h.word]),
    all.findEvery(text, 2, 8).map((h) => [h.at - 2, h.word]),
  );
  // A word in two lists carries both tags.
  assert.deepEqual(
    words.scan("已").map((h) => h.tags),
    [VERB | PAST],
  );
});
