import { test } from "node:test";
import assert from "node:assert/strict";
import { extract } from "../index.ts";
import { frameworkFromInput } from "../framework/supplied.ts";
import type { FrameworkInput } from "../types.ts";
import { GoalLexicon, profileGoals } from "./lexicon.ts";

const SIX: FrameworkInput = {
  name: "六个强市",
  goals: ["制造强市", "创新强市", "开放强市", "农业强市", "文旅强市", "生态强市"].map((name) => ({ name })),
};

const HEAD = `石湖区人民政府工作报告

石湖区人民政府区长 邓卓

现在，我代表石湖区人民政府，向大会报告工作，请予审议，并请区政协委员和其他列席人员提出意见。

`;

/** The goals the lexicon gives each commitment of one plain sentence (no cue in it). */
function lexiconGoals(sentence: string, framework: FrameworkInput = SIX): [string, string[]][] {
  const e = extract(HEAD + sentence + "\n", { year: 2025, framework });
  return e.commitments.map((c) => {
    for (const g of c.goals) assert.equal(g.cue.kind, "lexicon");
    return [c.text, c.goals.map((g) => g.name)];
  });
}

test("a goal's profile holds the words of the themes its name triggers", () => {
  const profiles = profileGoals(frameworkFromInput(SIX).goals);
  const words = (name: string) => profiles.find((p) => p.goal.name === name)!.words;
  assert.ok(words("制造强市").includes("智能工厂"));
  assert.ok(words("开放强市").includes("跨境"));
  assert.ok(words("农业强市").includes("农田"));
  assert.ok(words("文旅强市").includes("景区"));
  assert.ok(words("生态强市").includes("湿地"));
  assert.ok(!words("制造强市").includes("景区"));
});

test("supplied subjects and aliases join the profile", () => {
  const [profile] = profileGoals(
    frameworkFromInput({
      name: "两个中心",
      goals: [{ name: "航运中心", aliases: ["航运"], subjects: ["集装箱", "泊位"] }],
    }).goals,
  );
  for (const w of ["集装箱", "泊位", "航运"]) assert.ok(profile!.words.includes(w), w);
});

test("a framework the engine has never seen is reached through the themes of its goals' names", () => {
  assert.deepEqual(
    lexiconGoals(
      "今年，我们将新建智能工厂10个，开通国际货运班列，新建高标准农田3万亩，提升湖畔古镇景区品质，推进湖泊流域综合治理，召开全区干部大会。",
    ),
    [
      ["我们将新建智能工厂10个", ["制造强市"]],
      ["开通国际货运班列", ["开放强市"]],
      ["新建高标准农田3万亩", ["农业强市"]],
      ["提升湖畔古镇景区品质", ["文旅强市"]],
      ["推进湖泊流域综合治理", ["生态强市"]],
    ],
  );
});

test("one weak word is not enough to align an action", () => {
  // 项目 is a generic word of the manufacturing theme: it weighs one.
  assert.deepEqual(lexiconGoals("今年，我们将加快推进重点项目，持续优化政务服务。"), [
    ["我们将加快推进重点项目", []],
    ["持续优化政务服务", []],
  ]);
});

test("on a tie, the goal of the word nearer the end (the head of the phrase) wins", () => {
  const framework: FrameworkInput = {
    name: "两个高地",
    goals: [
      { name: "甲高地", subjects: ["码头"] },
      { name: "乙高地", subjects: ["公园"] },
    ],
  };
  assert.deepEqual(lexiconGoals("今年，我们将建设码头公园，推进公园码头建设。", framework), [
    ["我们将建设码头公园", ["乙高地"]],
    ["推进公园码头建设", ["甲高地"]],
  ]);
});

test("hits weigh each word once per text, count from the start of the range and rank by score, then by the last word", () => {
  const lexicon = new GoalLexicon(
    profileGoals(
      frameworkFromInput({
        name: "两个高地",
        goals: [
          { name: "甲高地", subjects: ["码头"] },
          { name: "乙高地", subjects: ["公园", "绿道"] },
        ],
      }).goals,
    ),
  );
  const text = "前言。建设码头公园，码头绿道。";
  const hits = lexicon.hits(text, 3, text.length - 1);
  assert.deepEqual(
    hits.map((h) => [h.goal.name, h.score, h.word, h.last, h.specific]),
    [
      ["乙高地", 8, "公园", 11],
      ["甲高地", 4, "码头", 9],
    ].map(([name, score, word, last]) => [name, score, word, last, true]),
  );
  // Words that cross the end of the range do not count.
  assert.deepEqual(lexicon.hits(text, 3, 6), []);
  // The tallies start afresh for every text.
  assert.deepEqual(
    lexicon.hits("码头").map((h) => [h.goal.name, h.score]),
    [["甲高地", 4]],
  );
});
