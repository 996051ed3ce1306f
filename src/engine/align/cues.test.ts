import { test } from "node:test";
import assert from "node:assert/strict";
import { buildDocument } from "../structure/build-document.ts";
import { frameworkFromInput } from "../framework/supplied.ts";
import { findCues, goalsIn } from "./cues.ts";

const GOALS = frameworkFromInput({
  name: "三大高地",
  goals: [{ name: "科创高地" }, { name: "开放高地" }, { name: "人才高地", aliases: ["人才集聚高地"] }],
}).goals;

const HEAD = `石湖区人民政府工作报告

石湖区人民政府区长 邓卓

现在，我代表石湖区人民政府，向大会报告工作，请予审议，并请区政协委员和其他列席人员提出意见。

`;

function cuesOf(body: string) {
  const text = HEAD + body + "\n";
  const { doc } = buildDocument(text, { year: 2025 });
  return findCues(doc, GOALS).map((c) => ({
    kind: c.kind,
    weak: c.weak,
    goals: c.goals.map((g) => g.name),
    text: c.text,
    evidence: text.slice(...c.span).replace(/[，。]$/, ""),
    scope: text.slice(...c.scope),
  }));
}

test("goalsIn matches goals by name or alias", () => {
  assert.deepEqual(
    goalsIn("在建设科创高地中", GOALS).map((g) => g.name),
    ["科创高地"],
  );
  assert.deepEqual(
    goalsIn("打造人才集聚高地", GOALS).map((g) => g.name),
    ["人才高地"],
  );
  assert.deepEqual(
    goalsIn("开放高地和科创高地", GOALS).map((g) => g.name),
    ["科创高地", "开放高地"],
  );
  assert.deepEqual(goalsIn("建设美丽乡村", GOALS), []);
});

test("a trailing explicit cue governs the text before it in its segment", () => {
  const cues = cuesOf(
    "今年，我们将加快建设石湖光谷，新建孵化器6个，在建设科创高地中勇挑重担；加快建设内陆港，开通国际货运班列，在建设开放高地中走在前列。",
  );
  assert.deepEqual(
    cues.map((c) => [c.kind, c.goals, c.text, c.scope]),
    [
      ["explicit", ["科创高地"], "在建设科创高地中", "今年，我们将加快建设石湖光谷，新建孵化器6个，"],
      ["explicit", ["开放高地"], "在建设开放高地中", "加快建设内陆港，开通国际货运班列，"],
    ],
  );
  for (const c of cues) assert.equal(c.evidence, c.text);
});

test("a leading explicit cue governs what follows, up to the next cue", () => {
  const cues = cuesOf(
    "在建设开放高地中，石湖区将加快建设内陆港，开通国际货运班列；在建设人才高地中，实施青年人才安居工程，新建人才公寓2000套。",
  );
  assert.deepEqual(
    cues.map((c) => [c.goals, c.weak, c.scope]),
    [
      [["开放高地"], false, "在建设开放高地中，石湖区将加快建设内陆港，开通国际货运班列；"],
      [["人才高地"], false, "在建设人才高地中，实施青年人才安居工程，新建人才公寓2000套。"],
    ],
  );
});

test("围绕 opens a lead-in that governs up to the next cue", () => {
  const cues = cuesOf(
    "围绕建设科创高地，新建孵化器6个，引进研发机构10家；在建设人才高地中，实施青年人才安居工程，新建人才公寓2000套，推动人才加快集聚。",
  );
  assert.deepEqual(
    cues.map((c) => [c.kind, c.goals, c.scope]),
    [
      ["lead-in", ["科创高地"], "围绕建设科创高地，新建孵化器6个，引进研发机构10家；"],
      [
        "explicit",
        ["人才高地"],
        "在建设人才高地中，实施青年人才安居工程，新建人才公寓2000套，推动人才加快集聚。",
      ],
    ],
  );
});

test("为X建设提供… governs the action before it", () => {
  const cues = cuesOf("石湖区将加快建设石湖光谷，为科创高地建设提供有力支撑，推动全区经济社会持续健康发展。");
  assert.deepEqual(
    cues.map((c) => [c.kind, c.goals, c.scope]),
    [["explicit", ["科创高地"], "石湖区将加快建设石湖光谷，"]],
  );
});

test("a topic sentence (一是实施X。) is a weak cue over its paragraph", () => {
  const cues = cuesOf(
    "一是实施科创高地建设。新建孵化器6个，引进研发机构10家，加快建设中试基地。\n\n二是着力增进民生福祉。新建学校3所。",
  );
  assert.deepEqual(
    cues.map((c) => [c.kind, c.weak, c.goals, c.scope]),
    [
      [
        "explicit",
        true,
        ["科创高地"],
        "一是实施科创高地建设。新建孵化器6个，引进研发机构10家，加快建设中试基地。",
      ],
    ],
  );
});

test("no goals, no cues; a cue for a name outside the framework is none", () => {
  const text = HEAD + "在建设科创高地中，新建孵化器6个。\n";
  const { doc } = buildDocument(text, { year: 2025 });
  assert.deepEqual(findCues(doc, []), []);
  assert.deepEqual(cuesOf("在建设美丽乡村中，石湖区将新建高标准农田3万亩，推进农村人居环境整治提升。"), []);
});

test("a cue in a numbered heading governs the heading's whole section, not its line alone", () => {
  const cues = cuesOf(
    "（一）在建设科创高地上实现新突破\n\n加快建设石湖光谷。深化“技术经纪人”制度。\n\n新增孵化器6个。\n\n（二）在建设开放高地上展现新作为\n\n开通国际货运班列。",
  );
  assert.deepEqual(
    cues.map((c) => [c.goals, c.text, c.scope.trim()]),
    [
      [
        ["科创高地"],
        "在建设科创高地上",
        "在建设科创高地上实现新突破\n\n加快建设石湖光谷。深化“技术经纪人”制度。\n\n新增孵化器6个。",
      ],
      [["开放高地"], "在建设开放高地上", "在建设开放高地上展现新作为\n\n开通国际货运班列。"],
    ],
  );
});

test("a cue whose goal stands in quote marks (在打响“开放高地”品牌上) still names the goal", () => {
  const cues = cuesOf("在打响“开放高地”品牌上，要开通国际货运班列，新建海关监管场所2个。");
  assert.deepEqual(
    cues.map((c) => [c.goals, c.text]),
    [[["开放高地"], "在打响“开放高地”品牌上"]],
  );
});

test("a heading that is a goal's name alone governs its section strongly; a bare topic sentence only suggests", () => {
  const cues = cuesOf("（一）科创高地\n1.新建孵化器3个。\n\n开放高地，关键在招商。新引进外资企业5家。");
  const heading = cues.find((c) => c.text.includes("科创高地"));
  const topic = cues.find((c) => c.text.includes("开放高地"));
  assert.equal(heading?.weak, false);
  assert.equal(topic?.weak, true);
});
