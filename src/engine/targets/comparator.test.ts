import { test } from "node:test";
import assert from "node:assert/strict";
import { comparatorOf } from "./comparator.ts";

const plain = { tail: "", approx: false };

test("at least: 以上 after, 不少于/突破/超过 before, 多/余 inside", () => {
  assert.equal(comparatorOf("引进外资项目", { tail: "以上", approx: false }), ">=");
  assert.equal(comparatorOf("培训农民不少于", plain), ">=");
  assert.equal(comparatorOf("旅游总收入首次突破", plain), ">=");
  assert.equal(comparatorOf("港口吞吐量超过", plain), ">=");
  assert.equal(comparatorOf("新增绿地", { tail: "", approx: true }), ">=");
});

test("at most: 以内 after, 不超过 before, 控制在…以内", () => {
  assert.equal(comparatorOf("审批时限压缩到", { tail: "以内", approx: false }), "<=");
  assert.equal(comparatorOf("单位能耗不超过", plain), "<=");
  assert.equal(comparatorOf("登记失业率控制在", { tail: "以内", approx: false }), "<=");
});

test("about: 左右 after, 约/接近 before", () => {
  assert.equal(comparatorOf("财政收入增长", { tail: "左右", approx: false }), "~");
  assert.equal(comparatorOf("户籍人口约", plain), "~");
  assert.equal(comparatorOf("森林蓄积量接近", plain), "~");
});

test("equal: a plain figure, 达到, 提高到; but 提高到…以上 is at least", () => {
  assert.equal(comparatorOf("新建停车位", plain), "=");
  assert.equal(comparatorOf("污水处理率达到", plain), "=");
  assert.equal(comparatorOf("绿化率提高到", plain), "=");
  assert.equal(comparatorOf("绿化率提高到", { tail: "以上", approx: false }), ">=");
});

test("约 inside a verb (签约, 节约) compares nothing", () => {
  assert.equal(comparatorOf("年内完成项目签约", plain), "=");
  assert.equal(comparatorOf("全年新签约", plain), "=");
  assert.equal(comparatorOf("总投资约", plain), "~");
});
