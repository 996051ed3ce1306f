import { test } from "node:test";
import assert from "node:assert/strict";
import { extract } from "../extract.ts";

/** The ideographic space a converted table separates its cells with. */
const W = "\u3000";

// An invented five-year plan outline: a table of indicators by year, and undated tasks.
const OUTLINE = `梧桐县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要

第三章 主要目标

表1 主要指标
指标${W}2020年${W}2025年${W}属性
一般公共预算收入（亿元）${W}18.4${W}25${W}预期性
规模以上工业增加值年均增长（%）${W}—${W}7左右${W}预期性
森林覆盖率（%）${W}62.5${W}64以上${W}约束性
单位地区生产总值能耗降低（%）${W}—${W}13.5以内${W}约束性

第四章 重点任务

新建乡镇污水处理厂8座。
`;

test("a table by year: the year before the plan's is the base, the later one the goal; 左右/以上/以内 read", () => {
  const x = extract(OUTLINE, { year: 2021 });
  assert.deepEqual(
    x.targets.map(
      (t) =>
        `${t.metric} ${t.comparator} ${t.value}${t.unit_of_measure ?? ""} ${t.value_kind} ${t.by_year} ${t.baseline}`,
    ),
    [
      "一般公共预算收入 = 18.4亿元 absolute 2020 true",
      "一般公共预算收入 = 25亿元 absolute 2025 false",
      "规模以上工业增加值 ~ 7 growth_rate 2025 false",
      "森林覆盖率 = 62.5 percent 2020 true",
      "森林覆盖率 >= 64 percent 2025 false",
      "单位地区生产总值能耗 <= 13.5 growth_rate 2025 false",
      // An undated task of a five-year plan is due at the plan's end.
      "乡镇污水处理厂 = 8座 absolute 2025 false",
    ],
  );
});
