import { test } from "node:test";
import assert from "node:assert/strict";
import { extract } from "../extract.ts";
import { dutyLine } from "./duty-split.ts";

test("a duty line names the task and its lead unit, the first before 牵头", () => {
  assert.deepEqual(dutyLine("1.园区建设攻坚：建设发展局牵头，自然资源分局、财政局配合。"), {
    task: "园区建设攻坚",
    owner: "建设发展局",
  });
  assert.deepEqual(dutyLine("（二）文旅提升行动：牵头单位：文化旅游局；配合单位：各街道"), {
    task: "文旅提升行动",
    owner: "文化旅游局",
  });
  assert.equal(dutyLine("1.强化组织领导，各部门要密切配合。"), null);
});

// An invented zone's campaign plan: its tasks under headings, their leads in a closing section.
const PLAN = `柘溪高新区管委会
关于印发《柘溪高新区春季百日攻坚行动方案》的通知

一、攻坚任务
（一）园区建设攻坚
1.加快智造小镇标准厂房建设，新建标准厂房8万平方米。
2.推行“拿地即开工”审批。
（二）文旅提升攻坚
1.改造游客服务中心3个。

二、保障措施
设立攻坚专项资金5000万元。

三、责任分工
1.园区建设攻坚：建设发展局牵头，财政局、自然资源分局配合。
2.文旅提升攻坚：文化旅游局牵头，各街道配合。
`;

test("the duty section gives the measures under each task's heading to the task's lead unit", () => {
  const x = extract(PLAN, { year: 2026 });
  const owned = x.commitments.map((c) => `${c.unit} ${c.text}`);
  assert.ok(
    owned.some((c) => c.startsWith("建设发展局") && c.includes("标准厂房")),
    owned.join(" | "),
  );
  assert.ok(
    owned.some((c) => c.startsWith("建设发展局") && c.includes("拿地即开工")),
    owned.join(" | "),
  );
  assert.ok(
    owned.some((c) => c.startsWith("文化旅游局") && c.includes("游客服务中心")),
    owned.join(" | "),
  );
  // What no task heading holds stays the plan's own; the duty lines are nobody's action.
  assert.ok(!owned.some((c) => c.startsWith("建设发展局") && c.includes("专项资金")), owned.join(" | "));
  assert.ok(!owned.some((c) => c.includes("牵头") || c.includes("配合")), owned.join(" | "));
  // A hundred days' campaign plan's tasks fall within its year.
  assert.equal(x.document.title, "柘溪高新区春季百日攻坚行动方案");
  const plant = x.targets.find((t) => t.metric.includes("标准厂房"));
  assert.equal(plant?.unit, "建设发展局");
  assert.equal(plant?.by_year, 2026);
});
