import { test } from "node:test";
import assert from "node:assert/strict";
import { buildDocument } from "./build-document.ts";
import { extract } from "../extract.ts";

// Infographics and indicator lists write one item a line, with a bullet, an arrow or a digit
// number and no sentence end: each line is a statement, not a title.
const CARD = `图解｜鹭溪县2026年政府工作报告

1月10日，鹭溪县第十八届人民代表大会第三次会议开幕，县长许望舒代表县人民政府作政府工作报告。

【2026年主要目标】
● 县域生产总值增长7％左右
● 城镇新增就业1.1万人以上

【重点工作】
→ 加快鹭溪物流港申建
→ 新建乡镇养老服务站12个
▶ 推进茶叶精深加工
3.新增规上企业：目标值8家
`;

test("lines of a bulleted or numbered list are no furniture", () => {
  const { doc } = buildDocument(CARD, { year: 2026 });
  const kept = doc.sentences.filter((s) => !s.furniture).map((s) => s.text);
  for (const line of ["→ 加快鹭溪物流港申建", "● 城镇新增就业1.1万人以上", "3.新增规上企业：目标值8家"])
    assert.ok(kept.includes(line), line);
  // Headings in brackets and the title stay furniture.
  const furniture = doc.sentences.filter((s) => s.furniture).map((s) => s.text);
  assert.ok(furniture.includes("【重点工作】"));
  assert.ok(furniture.includes("图解｜鹭溪县2026年政府工作报告"));
});

test("an infographic's lines yield their commitments and targets", () => {
  const x = extract(CARD, { year: 2026 });
  const texts = x.commitments.map((c) => c.text).join("|");
  assert.match(texts, /鹭溪物流港申建/);
  assert.match(texts, /乡镇养老服务站/);
  assert.match(texts, /茶叶精深加工/);
  // The bullet is layout, not part of the action's words.
  assert.ok(x.commitments.some((c) => c.text === "加快鹭溪物流港申建"));
  const growth = x.targets.find((t) => t.metric.includes("县域生产总值"));
  assert.equal(growth?.value, 7);
  assert.equal(growth?.comparator, "~");
  assert.ok(x.targets.some((t) => t.value === 1.1 && t.unit_of_measure === "万人" && t.comparator === ">="));
});

// An infographic lays its framework out on the line under the label, chained by arrows, and
// numbers its parts 01｜, 02｜.
const FRAMED = `图解｜2026年澄川市政府工作报告

1月9日，澄川市第十六届人民代表大会第四次会议开幕，市长魏东明代表市人民政府作政府工作报告。

【总体思路】
◆ 一个目标：奋力建设“三个澄川”
${"\u3000"}智造澄川 → 水韵澄川 → 安居澄川

【重点工作】
01｜智造澄川
→ 新建智能工厂15家
02｜水韵澄川
→ 新建滨水绿道30公里
03｜安居澄川
→ 新建保障性租赁住房2000套
`;

test("an infographic: members chained by arrows under the label are the framework, 01｜ parts its sections", () => {
  const x = extract(FRAMED, { year: 2026 });
  assert.equal(x.framework?.name, "三个澄川");
  assert.deepEqual(
    x.framework?.goals.map((g) => g.name),
    ["智造澄川", "水韵澄川", "安居澄川"],
  );
  const goalOf = (words: string) =>
    x.commitments.find((c) => c.text.includes(words))?.goals.map((g) => g.name);
  assert.deepEqual(goalOf("智能工厂"), ["智造澄川"]);
  assert.deepEqual(goalOf("滨水绿道"), ["水韵澄川"]);
  assert.deepEqual(goalOf("保障性租赁住房"), ["安居澄川"]);
});
