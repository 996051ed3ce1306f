import { test } from "node:test";
import assert from "node:assert/strict";
import { givenLateIn, inferYear } from "./year.ts";

test("a dateline at the head of the text", () => {
  assert.equal(inferYear("2027-03-04 09:30　来源：某某日报\n\n标题\n\n到2030年，全市……"), 2027);
  assert.equal(inferYear("某县人民政府工作报告\n——2026年2月3日在县人大会议上\n\n到2030年建成……"), 2026);
});

test("the year the text calls this year", () => {
  assert.equal(inferYear("标题\n\n2026年是“十五五”规划的开局之年。到2030年……"), 2026);
  assert.equal(inferYear("标题\n\n“2025年，江北区将聚焦……”到2028年……"), 2025);
  assert.equal(inferYear("标题\n\n报告回顾2025年工作，部署2026年任务。到2029年……"), 2026);
  assert.equal(inferYear("标题\n\n报告回顾了2025年的工作。"), 2026);
  assert.equal(inferYear("标题\n\n今后五年的目标是：到2031年，地区生产总值……2024年全区……"), 2026);
});

test("else the latest year mentioned; null when none is", () => {
  assert.equal(inferYear("标题\n\n2019年以来，全区……2021年达到……"), 2021);
  assert.equal(inferYear("标题\n\n全区上下齐心协力。"), null);
});

test("a target year after 到 is not this year", () => {
  assert.equal(inferYear("标题\n\n到2030年是……的关键一年。今后五年，到2030年……"), 2025);
});

test("a year the text names as this year's theme (2025年是…“项目攻坚年”) is the reference year", () => {
  assert.equal(
    inferYear("采访手记\n\n2025年是青溪县确定的“项目攻坚年”。到2027年，全县规上工业企业突破300家。"),
    2025,
  );
});

test("a text dated at its head in the last quarter of the year is given late in it", () => {
  const head = (date: string) =>
    `某县县长述职报告\n\n——${date}在某县人民代表大会常务委员会会议上\n\n一、一年来工作情况`;
  assert.equal(givenLateIn(head("2031年11月28日"), 2031), true);
  assert.equal(givenLateIn("2031-12-02 来源：某某日报\n\n标题", 2031), true);
  assert.equal(givenLateIn(head("2031年2月28日"), 2031), false);
  assert.equal(givenLateIn(head("2030年12月28日"), 2031), false);
  assert.equal(givenLateIn(head("2031年11月28日"), null), false);
  // A date further down the text dates something else.
  assert.equal(givenLateIn("标题\n\n一\n\n二\n\n三\n\n四\n\n五\n\n2031年12月1日起施行", 2031), false);
});
