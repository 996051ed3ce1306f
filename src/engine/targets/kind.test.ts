import { test } from "node:test";
import assert from "node:assert/strict";
import { valueKindOf } from "./kind.ts";

test("增长/年均增长/同比增长 N% is a growth rate", () => {
  assert.equal(valueKindOf("工业投资增长", { kind: "percent" }), "growth_rate");
  assert.equal(valueKindOf("居民收入年均增长", { kind: "percent" }), "growth_rate");
  assert.equal(valueKindOf("税收同比增长", { kind: "percent" }), "growth_rate");
  assert.equal(valueKindOf("进出口增长不低于", { kind: "percent" }), "growth_rate");
  assert.equal(valueKindOf("单位产值能耗下降", { kind: "percent" }), "growth_rate");
});

test("率/比重/强度/覆盖率 N% is a percent", () => {
  assert.equal(valueKindOf("污水集中收集率达到", { kind: "percent" }), "percent");
  assert.equal(valueKindOf("服务业占比提高到", { kind: "percent" }), "percent");
  assert.equal(valueKindOf("全社会研发强度", { kind: "percent" }), "percent");
});

test("multiples and amounts keep their kind", () => {
  assert.equal(valueKindOf("产值", { kind: "multiple" }), "multiple");
  assert.equal(valueKindOf("新建公园", { kind: "absolute" }), "absolute");
});
