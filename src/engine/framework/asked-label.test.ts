// Spoken style: a count label said first, a question asking which its
// members are, then the list (实施“三大行动”。哪三个？就是A、B、C). Every
// sentence is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { askedLabel } from "./detect.ts";
import { extract } from "../extract.ts";

test("askedLabel reads the label a question asks about just before the list", () => {
  const text = "今年要实施“三大行动”。哪三个？就是";
  assert.equal(askedLabel(text, text.length), "三大行动");
  const plain = "要抓好“三带”，就是";
  assert.equal(askedLabel(plain, plain.length), null);
});

test("a label, then 哪N个？就是 the list: the list is the framework, the label its name", () => {
  const e = extract(
    "在全镇工作会议上的讲话\n\n镇长　周立平\n\n今年全镇要全力推进“三大行动”。哪三个？就是园区提质行动、乡村振兴行动、基层治理行动。\n\n一是园区提质行动。今年新建标准厂房5万平方米，引进企业10家。\n\n二是乡村振兴行动。新建村级道路20公里。\n\n三是基层治理行动。推行网格化管理。\n",
    { year: 2024 },
  );
  assert.equal(e.framework?.name, "三大行动");
  assert.deepEqual(
    e.framework?.goals.map((g) => g.name),
    ["园区提质行动", "乡村振兴行动", "基层治理行动"],
  );
  const goalsOf = (key: string) => e.commitments.find((c) => c.text.includes(key))?.goals.map((g) => g.name);
  assert.deepEqual(goalsOf("标准厂房"), ["园区提质行动"]);
  assert.deepEqual(goalsOf("村级道路"), ["乡村振兴行动"]);
  // 一是园区提质行动。 names the topic of its paragraph; it is no action of its own.
  assert.ok(!e.commitments.some((c) => c.text.startsWith("一是")));
});

test("a layout's sub-label explained with 就是 stays no framework", () => {
  const e = extract("柳岸区今年将加快建设“一城三带”。“三带”，就是滨河带、创新带、生态带。\n", { year: 2024 });
  assert.equal(e.framework, null);
});
