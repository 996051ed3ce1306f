import { test } from "node:test";
import assert from "node:assert/strict";
import { ClauseWords, PAST, VERB } from "./clause-words.ts";

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
