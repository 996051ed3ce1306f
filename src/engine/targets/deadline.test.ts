// Meeting minutes and task lists: a deadline line dates its section's
// figures; a quarter's results are achieved figures. Names are invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extract } from "../extract.ts";

const MINUTES = `柳岸区人民政府常务会议纪要

一、会议听取了区统计局关于一季度经济运行情况的汇报。一季度，全区实现地区生产总值40.5亿元，同比增长6.1%。

二、关于背街小巷整治工作

会议议定：整治背街小巷15条，新建口袋公园6个。

责任单位：区城管局
完成时限：2022年10月底前

三、关于湖滨绿道工程

会议议定：新建湖滨绿道9公里。

责任单位：区住建局
完成时限：2023年6月底前
`;

test("a deadline line dates its section's figures; a quarter's results are baselines of the year", () => {
  const e = extract(MINUTES, { year: 2022 });
  const of = (metric: string) => e.targets.find((t) => t.metric.includes(metric));
  assert.deepEqual([of("地区生产总值")?.baseline, of("地区生产总值")?.by_year], [true, 2022]);
  assert.deepEqual([of("背街小巷")?.baseline, of("背街小巷")?.by_year], [false, 2022]);
  assert.deepEqual([of("口袋公园")?.by_year], [2022]);
  assert.deepEqual([of("湖滨绿道")?.baseline, of("湖滨绿道")?.by_year], [false, 2023]);
});
