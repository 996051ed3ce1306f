import { test } from "node:test";
import assert from "node:assert/strict";
import { extract } from "../extract.ts";
import { buildDocument } from "../structure/build-document.ts";

// An invented village's plan: two tasks under one heading, each closed by its own 责任人 and
// 完成时限 lines; a framework declared before a layout in the next ；-segment.
const PLAN = `松岭村乡村振兴三年行动计划（2025—2027年）

——2025年2月20日在松岭村村民代表大会上

黎川县石峰镇松岭村党支部书记 夏春林

各位村民代表：

经村两委研究，起草了《松岭村乡村振兴三年行动计划》，下面作说明，请大家审议。

一、总体思路

今后三年，村两委将全力建设“三个松岭”，即兴业松岭、宜居松岭、善治松岭；按照“一谷两廊”的布局推进村庄发展：以松岭花谷为“一谷”，以溪畔步道、果林步道为“两廊”。

二、重点任务

（一）建设兴业松岭

1.发展花卉产业。新建花卉大棚40个，领办松岭花卉专业合作社，注册“松岭花语”商标。
责任人：夏春林
完成时限：2026年6月

2.盘活集体资源。流转土地300亩发展林下种植，建设村级冷库1座。
责任人：邱月华
完成时限：2025年11月
`;

test("a task's deadline line dates that task's figures, not the next task's", () => {
  const x = extract(PLAN, { year: 2025 });
  const yearOf = (metric: string) => x.targets.find((t) => t.metric.includes(metric))?.by_year;
  assert.equal(yearOf("花卉大棚"), 2026);
  assert.equal(yearOf("村级冷库"), 2025);
});

test("领办, 流转, 注册 are actions", () => {
  const texts = extract(PLAN, { year: 2025 }).commitments.map((c) => c.text);
  assert.ok(texts.some((t) => t.includes("松岭花卉专业合作社")));
  assert.ok(texts.some((t) => t.includes("松岭花语")));
  assert.ok(texts.some((t) => t.includes("流转土地300亩")));
});

test("a list declared before a layout in the next ；-segment is the framework", () => {
  const x = extract(PLAN, { year: 2025 });
  assert.equal(x.framework?.name, "三个松岭");
  assert.deepEqual(
    x.framework?.goals.map((g) => g.name),
    ["兴业松岭", "宜居松岭", "善治松岭"],
  );
  const greenhouse = x.commitments.find((c) => c.text.includes("花卉大棚"));
  assert.deepEqual(
    greenhouse?.goals.map((g) => g.name),
    ["兴业松岭"],
  );
});

test("乡 before 村 is the word 乡村, not a township: X村乡村振兴 names no X村乡", () => {
  const { units } = buildDocument(PLAN, { year: 2025 });
  assert.ok(!units.some((u) => u.name.endsWith("村乡")));
});
