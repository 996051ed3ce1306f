// Class 3 of issue 9: a count label written after the list it counts.
// Places and sentences are invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { countsItems, labelAfter } from "./detect.ts";
import { extract } from "../extract.ts";

test("labelAfter reads a quoted label after 的 (and 全新) or a bare 三大X", () => {
  assert.deepEqual(labelAfter("”的全新“三区一城”城市定位", 0), { label: "三区一城", quoted: true });
  assert.deepEqual(labelAfter("”的“两区一城”定位", 0), { label: "两区一城", quoted: true });
  assert.deepEqual(labelAfter("”三大战略，着力", 0), { label: "三大战略", quoted: false });
  assert.equal(labelAfter("”的良好氛围", 0), null);
});

test("countsItems: the counts add up and each group's letter ends its items", () => {
  assert.ok(countsItems("两区一城", ["先行区", "枢纽区", "湖滨新城"]));
  assert.ok(!countsItems("两区一城", ["先行区", "湖滨新城", "枢纽区"]));
  assert.ok(countsItems("三大战略", ["工业强市", "城镇带动", "开放兴市"]));
  assert.ok(!countsItems("三大战略", ["工业强市", "城镇带动"]));
});

test("a quoted list counted by the label after it is the framework, one strategy, not two", () => {
  const e = extract(
    "柳岸区2023年工作报告\n\n今年，柳岸区将锚定“科技创新先行区、现代物流枢纽区、生态文化体验区和宜居湖滨新城”的全新“三区一城”城市定位，加快建设智能制造产业园。\n",
    { year: 2023 },
  );
  assert.equal(e.framework?.name, "三区一城");
  assert.deepEqual(
    e.framework?.goals.map((g) => g.name),
    ["科技创新先行区", "现代物流枢纽区", "生态文化体验区", "宜居湖滨新城"],
  );
  assert.deepEqual(
    e.strategies.map((s) => s.label),
    ["三区一城"],
  );
});

test("a bare count label after a quoted list: the list as written names the framework", () => {
  const e = extract(
    "柳岸市人民政府工作报告\n\n今年要深入实施“工业强市、城镇带动、开放兴市”三大战略，着力扩内需。\n\n（二）坚定不移推进工业强市。新建标准化厂房20万平方米。\n\n（三）加快推进城镇化进程。围绕城镇带动战略，启动城中村改造12个。\n",
    { year: 2009 },
  );
  assert.equal(e.framework?.name, "工业强市、城镇带动、开放兴市");
  const goalsOf = (key: string) => e.commitments.find((c) => c.text.includes(key))?.goals.map((g) => g.name);
  // A heading naming the goal after adverbs (坚定不移推进) governs its section.
  assert.deepEqual(goalsOf("标准化厂房"), ["工业强市"]);
  // A heading's cue may come in the sentence after it.
  assert.deepEqual(goalsOf("城中村改造"), ["城镇带动"]);
});
