import { test } from "node:test";
import assert from "node:assert/strict";
import { extract } from "../index.ts";
import type { FrameworkInput } from "../types.ts";

const GAODI: FrameworkInput = {
  name: "三大高地",
  goals: [{ name: "科创高地" }, { name: "开放高地" }, { name: "人才高地" }],
};

const HEAD = `石湖区人民政府工作报告

石湖区人民政府区长 邓卓

现在，我代表石湖区人民政府，向大会报告工作，请予审议，并请区政协委员和其他列席人员提出意见。

`;

function aligned(body: string, framework?: FrameworkInput) {
  const e = extract(HEAD + body + "\n", { year: 2025, ...(framework ? { framework } : {}) });
  return e.commitments.map((c) => ({
    text: c.text,
    goals: c.goals.map((g) => g.name),
    kinds: c.goals.map((g) => g.cue.kind),
  }));
}
/** Text without quote marks (a clause may lose its closing quote; see commitments/index.test.ts) and goals. */
const pairs = (found: ReturnType<typeof aligned>) => found.map((c) => [c.text.replace(/[“”]/g, ""), c.goals]);

test("a trailing explicit cue aligns the actions before it", () => {
  const found = aligned(
    "今年，我们将加快建设石湖光谷，新建孵化器6个，在建设科创高地中勇挑重担；加快建设内陆港，开通国际货运班列，在建设开放高地中走在前列。",
    GAODI,
  );
  assert.deepEqual(pairs(found), [
    ["我们将加快建设石湖光谷", ["科创高地"]],
    ["新建孵化器6个", ["科创高地"]],
    ["加快建设内陆港", ["开放高地"]],
    ["开通国际货运班列", ["开放高地"]],
  ]);
  assert.ok(found.every((c) => c.kinds.every((k) => k === "explicit")));
});

test("a leading explicit cue aligns the actions after it, up to the next cue", () => {
  const found = aligned(
    "在建设开放高地中，石湖区将加快建设内陆港，开通国际货运班列；在建设人才高地中，实施青年人才安居工程，新建人才公寓2000套。",
    GAODI,
  );
  assert.deepEqual(pairs(found), [
    ["石湖区将加快建设内陆港", ["开放高地"]],
    ["开通国际货运班列", ["开放高地"]],
    ["实施青年人才安居工程", ["人才高地"]],
    ["新建人才公寓2000套", ["人才高地"]],
  ]);
});

test("a 围绕 lead-in aligns up to the next cue", () => {
  const found = aligned(
    "围绕建设科创高地，新建孵化器6个，引进研发机构10家；在建设人才高地中，实施青年人才安居工程，新建人才公寓2000套，推动人才加快集聚。",
    GAODI,
  );
  assert.deepEqual(pairs(found), [
    ["新建孵化器6个", ["科创高地"]],
    ["引进研发机构10家", ["科创高地"]],
    ["实施青年人才安居工程", ["人才高地"]],
    ["新建人才公寓2000套", ["人才高地"]],
    ["推动人才加快集聚", ["人才高地"]],
  ]);
  assert.deepEqual(found[0]!.kinds, ["lead-in"]);
});

test("a topic sentence 一是实施X。 governs its paragraph; a paragraph outside the framework gets none", () => {
  const found = aligned(
    "一是实施科创高地建设。新建孵化器6个，引进研发机构10家，加快建设中试基地。\n\n" +
      "二是打造开放高地。加快建设内陆港，开通国际货运班列。\n\n" +
      "三是着力增进民生福祉。新建学校3所，新建养老服务中心8个，引进研发机构2家。",
    GAODI,
  );
  assert.deepEqual(pairs(found), [
    ["一是实施科创高地建设", ["科创高地"]],
    ["新建孵化器6个", ["科创高地"]],
    ["引进研发机构10家", ["科创高地"]],
    ["加快建设中试基地", ["科创高地"]],
    ["二是打造开放高地", ["开放高地"]],
    ["加快建设内陆港", ["开放高地"]],
    ["开通国际货运班列", ["开放高地"]],
    ["新建学校3所", []],
    ["新建养老服务中心8个", []],
    ["引进研发机构2家", []],
  ]);
});

test("without a cue, the lexicon aligns an obvious topic of a framework supplied with subjects", () => {
  const found = aligned(
    "今年，我们将新建孵化器6个，开通国际货运班列，新建人才公寓2000套，召开全区干部大会。",
    {
      name: "三大高地",
      goals: [
        { name: "科创高地", subjects: ["孵化器"] },
        { name: "开放高地", subjects: ["国际货运"] },
        { name: "人才高地", subjects: ["人才公寓"] },
      ],
    },
  );
  assert.deepEqual(pairs(found), [
    ["我们将新建孵化器6个", ["科创高地"]],
    ["开通国际货运班列", ["开放高地"]],
    ["新建人才公寓2000套", ["人才高地"]],
  ]);
  assert.ok(found.every((c) => c.kinds.every((k) => k === "lexicon")));
});

test("without a cue, a goal is reached through the words of its own name", () => {
  const found = aligned(
    "今年，我们将新建人才公寓2000套，完善人才服务体系，推动全区经济社会持续健康发展。",
    GAODI,
  );
  assert.deepEqual(found[0]?.goals, ["人才高地"]);
});

test("an explicit cue opening a short sentence decides over the lexicon", () => {
  const found = aligned("在建设人才高地中，新建孵化器和研发中心。", GAODI);
  assert.deepEqual(pairs(found), [["新建孵化器和研发中心", ["人才高地"]]]);
});

test("executing a named strategy is left unaligned, unless a cue ties it to exactly one goal", () => {
  const found = aligned(
    "今年，我们将深入实施“孵化研发双提升”行动，持续优化政务服务。围绕建设开放高地，全力推动空港、陆港、数港“三港联动”，开通国际货运班列。",
    GAODI,
  );
  assert.deepEqual(pairs(found), [
    // 孵化 and 研发 point to 科创高地, but executing a programme serves no one goal by itself.
    ["我们将深入实施孵化研发双提升行动", []],
    ["持续优化政务服务", []],
    ["全力推动空港、陆港、数港三港联动", ["开放高地"]],
    ["开通国际货运班列", ["开放高地"]],
  ]);
});

test("the framework a report declares aligns its own commitments", () => {
  const found = aligned(
    "今年，我们将奋力建设“三个区”，即先进制造集聚区、城乡融合示范区、生态宜居样板区，在全市发展中走在前列。\n\n" +
      "一是建设先进制造集聚区。新建数字化车间6个，培育专精特新企业12家。\n\n" +
      "二是建设城乡融合示范区。改造老旧小区40个，新建口袋公园10个。",
  );
  assert.deepEqual(pairs(found), [
    ["我们将奋力建设三个区", []],
    ["一是建设先进制造集聚区", ["先进制造集聚区"]],
    ["新建数字化车间6个", ["先进制造集聚区"]],
    ["培育专精特新企业12家", ["先进制造集聚区"]],
    ["二是建设城乡融合示范区", ["城乡融合示范区"]],
    ["改造老旧小区40个", ["城乡融合示范区"]],
    ["新建口袋公园10个", ["城乡融合示范区"]],
  ]);
});

test("no framework, no goals and no suggestions", () => {
  const found = extract(HEAD + "今年，我们将新建孵化器6个，开通国际货运班列。\n", { year: 2025 }).commitments;
  assert.equal(found.length, 2);
  for (const c of found) {
    assert.deepEqual(c.goals, []);
    assert.deepEqual(c.suggestions, []);
  }
});

test("suggestions name other goals the words point to, never the chosen one", () => {
  const e = extract(
    HEAD + "在建设人才高地中，石湖区将实施青年人才安居工程，新建人才公寓2000套，建设科研孵化基地。\n",
    {
      year: 2025,
      framework: GAODI,
    },
  );
  for (const c of e.commitments) {
    assert.deepEqual(
      c.goals.map((g) => g.name),
      ["人才高地"],
    );
    for (const s of c.suggestions) {
      assert.notEqual(s.name, "人才高地");
      assert.ok(s.confidence < c.goals[0]!.confidence);
    }
  }
});

test("a numbered heading closed by 。 (（一）围绕建设X，狠抓Y。) governs the numbered items under it", () => {
  const found = aligned(
    "（一）围绕建设科创高地，狠抓项目建设。\n\n1. 推动园区提质。新建标准化厂房20万平方米。\n\n2. 实施技术改造项目50个。\n\n（二）围绕建设开放高地，提升开放水平。\n\n3. 新建保税仓库12个。",
    GAODI,
  );
  const goalsOf = (words: string) => found.find((c) => c.text.includes(words))?.goals ?? "missing";
  assert.deepEqual(goalsOf("标准化厂房"), ["科创高地"]);
  assert.deepEqual(goalsOf("技术改造项目"), ["科创高地"]);
  assert.deepEqual(goalsOf("保税仓库"), ["开放高地"]);
  assert.ok(!found.some((c) => c.text.includes("狠抓项目建设")));
});
