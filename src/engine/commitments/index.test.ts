import { test } from "node:test";
import assert from "node:assert/strict";
import { buildDocument } from "../structure/build-document.ts";
import { extractCommitments } from "./index.ts";
import { extract } from "../index.ts";

const HEAD = `石湖区人民政府工作报告

石湖区人民政府区长 邓卓

现在，我代表石湖区人民政府，向大会报告工作，请予审议，并请区政协委员和其他列席人员提出意见。

`;

function commitmentsOf(text: string) {
  const { doc, speakers } = buildDocument(text, { year: 2025 });
  return extractCommitments(
    doc,
    speakers.map((s) => s.person),
  );
}

test("a commitment is the original text of its clause, owned by the sentence's unit", () => {
  const text = HEAD + "今年,全区将新建数字化车间6个;加快建设石湖光谷(一期),让企业安心发展。\n";
  const found = commitmentsOf(text);
  assert.deepEqual(
    found.map((c) => [c.unit, c.text]),
    [
      ["石湖区", "全区将新建数字化车间6个"],
      ["石湖区", "加快建设石湖光谷(一期)"],
    ],
  );
  for (const c of found) {
    assert.equal(text.slice(...c.span), c.text, "the original's half-width punctuation is kept");
    assert.deepEqual(c.goals, []);
    assert.deepEqual(c.suggestions, []);
  }
});

test("a clause that executes a quoted programme keeps the whole label", () => {
  const found = commitmentsOf(HEAD + "今年，我们将深入实施“三链融合”行动，新建学校3所。\n");
  assert.deepEqual(
    found.map((c) => c.text),
    ["我们将深入实施“三链融合”行动", "新建学校3所"],
  );
});

test("a clause ending in a quoted term keeps its closing quote", () => {
  const found = commitmentsOf(HEAD + "今年，我们将全面推进“链长制”，新建学校3所。\n");
  assert.equal(found[0]?.text, "我们将全面推进“链长制”");
});

test("a question or an exhortation is no commitment", () => {
  const found = commitmentsOf(
    HEAD +
      "今年能否完成新建学校3所的任务？\n\n各位代表，让我们凝心聚力、真抓实干，为加快建设现代化新石湖而不懈奋斗！\n",
  );
  assert.deepEqual(found, []);
});

test("one verb with two counted objects gives two commitments; amounts of money do not split", () => {
  const x = extract(
    "市人大代表、青禾区委书记沈砚秋说，青禾区将新建城市书房20个、乡村文化站50个，安排重点项目30个、计划投资200亿元以上。",
    { year: 2024 },
  );
  const texts = x.commitments.map((c) => c.text);
  assert.ok(texts.includes("青禾区将新建城市书房20个"), texts.join(" | "));
  assert.ok(texts.includes("乡村文化站50个"), texts.join(" | "));
  assert.ok(
    texts.some((t) => t.includes("重点项目30个、计划投资200亿元")),
    texts.join(" | "),
  );
});
