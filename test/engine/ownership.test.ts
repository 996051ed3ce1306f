// Who owns each sentence, on invented texts (places and people are made up):
// a letterhead's issuer, bracketed notes, speakers named after their words or
// followed by no speech verb, departments as owners inside a report, a
// role line's block on a newspaper page, a place-less title on a web page.
import { test } from "node:test";
import assert from "node:assert/strict";
import { buildDocument } from "../../src/engine/structure/build-document.ts";
import { extract } from "../../src/engine/extract.ts";

function owned(text: string, year = 2024) {
  const built = buildDocument(text, { year });
  return {
    built,
    unitOf: (prefix: string) =>
      built.doc.sentences.find((s) => !s.furniture && s.text.startsWith(prefix))?.unit ?? undefined,
    furniture: built.doc.sentences.filter((s) => s.furniture).map((s) => s.text),
  };
}

test("a letterhead names the issuer: the most specific body of its chain, not its parent district", () => {
  const text = `青禾区柳塘街道办事处文件

柳办发〔2024〕2号

关于印发《柳塘街道办事处2024年工作要点》的通知

各社区居委会：
现将《柳塘街道办事处2024年工作要点》印发给你们，请认真贯彻落实。

1. 新建社区食堂3个，改造背街小巷8条。（牵头单位：社会事务办；责任单位：各社区）
`;
  const { built, unitOf, furniture } = owned(text);
  assert.equal(built.author, "柳塘街道");
  assert.equal(unitOf("1. 新建社区食堂"), "柳塘街道");
  assert.ok(!built.units.some((u) => u.name === "青禾区"), "the parent district owns nothing");
  // The bracketed note names who carries the task out: neither an action nor an owner.
  assert.ok(furniture.includes("（牵头单位：社会事务办；责任单位：各社区）"));
  const plan = extract(text, { year: 2024 });
  assert.ok(plan.commitments.every((c) => !c.text.includes("牵头单位")));
  assert.ok(plan.commitments.some((c) => c.unit === "柳塘街道" && c.text.includes("社区食堂")));
});

test("a government office's letterhead names its government", () => {
  const text = `芦川市人民政府办公室文件

关于做好2024年春耕生产的通知

各县区人民政府：
今年全市将新建高标准农田10万亩。
`;
  assert.equal(owned(text).built.author, "芦川市");
});

test("a bracket inside a sentence, or a heading in brackets, stays text", () => {
  const text = `桐坪县2024年工作要点

（一）扩大有效投资
今年全县将新建产业园（含标准厂房）2个，改造农村公路120公里。
`;
  const { unitOf, furniture } = owned(text);
  assert.equal(unitOf("今年全县将新建产业园"), "桐坪县");
  assert.ok(!furniture.some((s) => s.startsWith("今年全县")));
});
