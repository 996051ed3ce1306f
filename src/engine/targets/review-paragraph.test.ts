// A paragraph that opens looking back one year inside a section dated to the
// plan's year (二、2019年主要任务 / 过去的一年，……). Sentences are invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extract } from "../extract.ts";

test("a paragraph opening with 过去的一年 reviews last year inside a dated section, until it turns forward", () => {
  const e = extract(
    "柳岸市人民政府工作报告\n\n二、2019年主要任务\n\n过去的一年，全市经济运行稳中有进。全市地区生产总值达到2136亿元，增长7.2%。今年，全市将新开工亿元以上项目200个。\n\n全年新建城市绿道100公里。\n",
    { year: 2019 },
  );
  const byValue = (v: number) => e.targets.find((t) => t.value === v);
  assert.deepEqual([byValue(2136)?.baseline, byValue(2136)?.by_year], [true, 2018]);
  assert.deepEqual([byValue(7.2)?.baseline, byValue(7.2)?.by_year], [true, 2018]);
  assert.deepEqual([byValue(200)?.baseline, byValue(200)?.by_year], [false, 2019]);
  assert.deepEqual([byValue(100)?.baseline, byValue(100)?.by_year], [false, 2019]);
});
