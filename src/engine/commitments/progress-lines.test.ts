import { test } from "node:test";
import assert from "node:assert/strict";
import { extract } from "../extract.ts";

// An invented 整改 bulletin: a progress line tells what was done, the measures line what will be.
const BULLETIN = `中共柏溪县委关于巡察整改进展情况的通报

1.农村供水保障不足。
整改情况：【已完成】对全县42处供水工程开展水质检测，改造老化管网15公里。
下步措施：新建农村集中供水工程8处，推进城乡供水一体化。
责任单位：县水利局\u3000\u3000整改时限：2025年12月底前
`;

test("a line labelled 整改情况/进展情况 reports work done: no commitments", () => {
  const x = extract(BULLETIN, { year: 2025 });
  const texts = x.commitments.map((c) => c.text);
  assert.ok(texts.some((t) => t.includes("农村集中供水工程")));
  assert.ok(!texts.some((t) => t.includes("水质检测") || t.includes("老化管网") || t === "整改情况"));
});
