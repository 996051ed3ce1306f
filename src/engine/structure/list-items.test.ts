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
