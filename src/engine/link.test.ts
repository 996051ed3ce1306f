import { test } from "node:test";
import assert from "node:assert/strict";
import { extract } from "./index.ts";
import { linkTargets } from "./link.ts";
import type { Commitment, Span, Target } from "./types.ts";

function commitment(unit: string | null, span: Span): Commitment {
  return { unit, text: "", span, goals: [], suggestions: [] };
}

function target(unit: string | null, span: Span): Target {
  return {
    unit,
    metric: "",
    comparator: "=",
    value: 1,
    value_kind: "absolute",
    unit_of_measure: "个",
    by_year: null,
    baseline: false,
    span,
    commitment: 99,
  };
}

test("a target links to the commitment whose clause holds its evidence", () => {
  const commitments = [commitment("石湖区", [0, 10]), commitment("石湖区", [11, 20])];
  const targets = [target("石湖区", [2, 10]), target("石湖区", [12, 20])];
  linkTargets(targets, commitments);
  assert.deepEqual(
    targets.map((t) => t.commitment),
    [0, 1],
  );
});

test("the commitment that overlaps most wins", () => {
  const commitments = [commitment("石湖区", [0, 6]), commitment("石湖区", [6, 20])];
  const targets = [target("石湖区", [4, 12])];
  linkTargets(targets, commitments);
  assert.equal(targets[0]!.commitment, 1);
});

test("at least half of the target's evidence must lie in the clause", () => {
  const commitments = [commitment("石湖区", [0, 10])];
  const half = target("石湖区", [5, 15]);
  const less = target("石湖区", [6, 16]);
  linkTargets([half, less], commitments);
  assert.equal(half.commitment, 0);
  assert.equal(less.commitment, null);
});

test("a target never links to another unit's commitment, nor to one it does not touch", () => {
  const commitments = [commitment("青溪区", [0, 10]), commitment("石湖区", [20, 30])];
  const targets = [target("石湖区", [0, 10]), target("石湖区", [10, 20])];
  linkTargets(targets, commitments);
  assert.deepEqual(
    targets.map((t) => t.commitment),
    [null, null],
  );
  const none = [target("石湖区", [0, 4])];
  linkTargets(none, []);
  assert.equal(none[0]!.commitment, null);
});

test("in an extraction, an action with a count links its target; a stated figure stays alone", () => {
  const text = `石湖区人民政府工作报告

石湖区人民政府区长 邓卓

现在，我代表石湖区人民政府，向大会报告工作，请予审议，并请区政协委员和其他列席人员提出意见。

今年，我们将新建数字化车间6个，规上工业总产值突破650亿元，改造老旧小区40个。
`;
  const e = extract(text, { year: 2025 });
  const byMetric = (m: string) => e.targets.find((t) => t.metric.includes(m));
  const linked = (m: string) => {
    const i = byMetric(m)?.commitment;
    return i === null || i === undefined ? null : e.commitments[i]!.text;
  };
  assert.ok(byMetric("数字化车间") && byMetric("规上工业总产值") && byMetric("老旧小区"));
  assert.equal(linked("数字化车间"), "我们将新建数字化车间6个");
  assert.equal(linked("老旧小区"), "改造老旧小区40个");
  assert.equal(linked("规上工业总产值"), null);
});
