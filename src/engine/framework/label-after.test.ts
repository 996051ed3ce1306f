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

test("class 12: an unquoted list closed by a count of its items declares the framework, and the clause launches it", () => {
  const text = `石岭区今年这样干

今年，石岭区将在生态立区、产业强区、开放兴区三个方面攻坚突破，加快构建现代产业体系。

记者：产业强区方面有哪些打算？

周海：我们将新建标准厂房20万平方米，实施技改项目50个。

记者：开放兴区怎么推进？

周海：我们将组建驻外招商小分队，加快保税物流中心建设。
`;
  const e = extract(text, { year: 2023 });
  assert.deepEqual(
    e.framework?.goals.map((g) => g.name),
    ["生态立区", "产业强区", "开放兴区"],
  );
  assert.deepEqual(
    e.strategies.map((s) => [s.label, s.parts]),
    [["生态立区、产业强区、开放兴区", ["生态立区", "产业强区", "开放兴区"]]],
  );
  const launch = e.commitments.find((c) => c.text.includes("生态立区、产业强区、开放兴区"));
  assert.ok(launch, JSON.stringify(e.commitments.map((c) => c.text)));
  // An interviewer's question naming one goal governs the answer under it.
  const goalsOf = (words: string) =>
    e.commitments.find((c) => c.text.includes(words))?.goals.map((g) => g.name);
  assert.deepEqual(goalsOf("标准厂房"), ["产业强区"]);
  assert.deepEqual(goalsOf("招商小分队"), ["开放兴区"]);
});

test("class 12: 即A、B、C after a quoted label is no second launch", () => {
  const e = extract(
    "今年，我们将全力实施“三大攻坚行动”，即制造业提能行动、城市更新提质行动、营商环境优化行动。\n",
    {
      year: 2023,
    },
  );
  assert.equal(e.commitments.filter((c) => c.text.includes("营商环境优化行动")).length, 0);
});

test("class 3: a list counted by the label after it may hold long goals; a goal's rank is dropped when named again", () => {
  const e = extract(
    "问：今后的发展定位是什么？\n\n答：我们将锚定“建设国家级绿色化工循环示范区、内陆开放合作先导区和山水宜居现代新城”的“两区一城”定位，加快发展。\n\n问：示范区怎么建？\n\n答：在建设绿色化工循环示范区上，我们将新建污水处理厂2座。\n",
    { year: 2023 },
  );
  assert.equal(e.framework?.name, "两区一城");
  assert.deepEqual(
    e.framework?.goals.map((g) => g.name),
    ["国家级绿色化工循环示范区", "内陆开放合作先导区", "山水宜居现代新城"],
  );
  assert.ok(e.framework?.goals[0]!.aliases.includes("绿色化工循环示范区"));
  const plant = e.commitments.find((c) => c.text.includes("污水处理厂"));
  assert.deepEqual(
    plant?.goals.map((g) => g.name),
    ["国家级绿色化工循环示范区"],
  );
});

test("class 12: the members of a 1+N+X label are read from 即1个A、N个B、X个C", () => {
  const e = extract(
    "柳岸区2023年工作报告\n\n今年，我们将构建“1+N+X”现代农业体系，即1个茶叶主导产业、N个特色种养基地、X个农旅融合点位。\n",
    {
      year: 2023,
    },
  );
  assert.deepEqual(e.strategies.find((s) => s.label === "1+N+X")?.parts, [
    "茶叶主导产业",
    "特色种养基地",
    "农旅融合点位",
  ]);
});

test("countsItems: a group's whole ending (一枢纽) may end its items", () => {
  assert.ok(countsItems("三地一枢纽", ["甲高地", "乙高地", "丙高地", "丁物流枢纽"]));
  assert.ok(!countsItems("三地一枢纽", ["甲高地", "乙高地", "丙高地", "丁物流港"]));
});

test("a verb inside the first item (建设) is part of it when the last verb would cut it far shorter", () => {
  const e = extract(
    "柳汀高新区春季行动方案\n\n一、总体要求\n集中实施园区建设攻坚、科技招商攻坚、人才服务攻坚“三大攻坚行动”，确保取得实效。\n",
    { year: 2026 },
  );
  assert.equal(e.framework?.name, "三大攻坚行动");
  assert.deepEqual(
    e.framework?.goals.map((g) => g.name),
    ["园区建设攻坚", "科技招商攻坚", "人才服务攻坚"],
  );
});
