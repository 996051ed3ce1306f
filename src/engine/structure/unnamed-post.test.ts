import { test } from "node:test";
import assert from "node:assert/strict";
import { unnamedPostSpeaker } from "./unnamed-post.ts";
import { buildDocument } from "./build-document.ts";

test("a post with no name names the body that speaks", () => {
  assert.deepEqual(unnamedPostSpeaker("“我们倍感振奋。”县体育局主要负责同志表示，将新建球场8个。"), {
    at: 9,
    unit: "县体育局",
  });
  assert.equal(unnamedPostSpeaker("桃源街道办事处主任表示，今年新增企业20家。")?.unit, "桃源街道");
  assert.equal(unnamedPostSpeaker("在第二组，柳庄镇党委书记在发言中说，柳庄镇将修路5公里。")?.unit, "柳庄镇");
  // No body before the post, or a narrative clause: no speaker.
  assert.equal(unnamedPostSpeaker("主任表示，将抓好落实。"), null);
  assert.equal(unnamedPostSpeaker("会议听取了县体育局负责同志的汇报。"), null);
  assert.equal(unnamedPostSpeaker("区委主要负责同志表示，要狠抓落实。"), null);
});

test("a post-only speaker's paragraph is its body's, not the speaker's before it", () => {
  const text = `县委召开座谈会

县发改局局长李明远说，今年县发改局将争取专项债券5亿元。

桃源街道办事处主任表示，今年桃源街道将新建口袋公园6个。

“责任重大。”县体育局主要负责同志表示，将新建球场8个。
`;
  const built = buildDocument(text, { year: 2024 });
  const owned = built.doc.sentences.filter((s) => !s.furniture).map((s) => [s.unit, s.text]);
  assert.deepEqual(owned.slice(1), [
    ["桃源街道", "桃源街道办事处主任表示，今年桃源街道将新建口袋公园6个。"],
    ["县体育局", "“责任重大。”"],
    ["县体育局", "县体育局主要负责同志表示，将新建球场8个。"],
  ]);
});
