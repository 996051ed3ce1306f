import { test } from "node:test";
import assert from "node:assert/strict";
import { findPeriods, headingPeriod, planTitlePeriod, type Period, type PeriodContext } from "./period.ts";
import { TextIndex } from "./text-index.ts";

const ctx: PeriodContext = { docYear: 2026 };
function periods(text: string, c: PeriodContext = ctx): [string, Period][] {
  return findPeriods(text, 0, text.length, c).map((m) => [text.slice(m.start, m.end), m.period]);
}
const only = (text: string, c?: PeriodContext) => {
  const found = periods(text, c);
  assert.equal(found.length, 1, `one period in ${text}: ${JSON.stringify(found)}`);
  return found[0]![1];
};

test("this year, last year, next year", () => {
  assert.deepEqual(only("今年新建公园8个"), { year: 2026, tense: "current" });
  assert.deepEqual(only("全年引进企业40家"), { year: 2026, tense: "current" });
  assert.deepEqual(only("去年完成投资90亿元"), { year: 2025, tense: "past" });
  assert.deepEqual(only("过去一年，我们"), { year: 2025, tense: "past" });
  assert.deepEqual(only("明年建成"), { year: 2027, tense: "future" });
});

test("今后/未来 N 年 and bare spans with an action count from the reference year", () => {
  assert.deepEqual(only("今后三年，培育企业"), { year: 2029, tense: "future" });
  assert.deepEqual(only("未来5年，全区将"), { year: 2031, tense: "future" });
  assert.deepEqual(only("五年累计投入资金"), { year: 2031, tense: "future" });
  assert.deepEqual(only("三年新建学校9所"), { year: 2029, tense: "future" });
  assert.deepEqual(only("两年内完成"), { year: 2028, tense: "future" });
});

test("absolute years, 到20XX年 and the five-year plan's end", () => {
  assert.deepEqual(only("到2030年，森林覆盖率"), { year: 2030, tense: "future" });
  assert.deepEqual(only("2024年完成投资"), { year: 2024, tense: "past" });
  assert.deepEqual(only("到“十五五”末，全市"), { year: 2030, tense: "future" });
  assert.deepEqual(only("十四五期间累计"), { year: 2025, tense: "past" });
});

test("present-state words have no year; 今年以来 keeps this year", () => {
  assert.deepEqual(only("目前，全镇拥有"), { year: null, tense: "present" });
  assert.deepEqual(only("今年以来，新登记"), { year: 2026, tense: "present" });
});

test("a plan's period so far is a present state: “十四五”以来", () => {
  assert.deepEqual(only("“十四五”以来，累计"), { year: null, tense: "present" });
});

test("past spans are last year's", () => {
  assert.deepEqual(only("过去五年，我们"), { year: 2025, tense: "past" });
  assert.deepEqual(only("五年来，全区"), { year: 2025, tense: "past" });
});

test("a section's period is what 今年/全年 mean inside it", () => {
  const review: Period = { year: 2025, tense: "past" };
  assert.deepEqual(only("全年实现营业收入", { docYear: 2026, base: review }), review);
});

test("without a reference year, relative periods have no year but keep their tense", () => {
  assert.deepEqual(only("今后五年", { docYear: null }), { year: null, tense: "future" });
  assert.deepEqual(only("去年", { docYear: null }), { year: null, tense: "past" });
  assert.deepEqual(only("到2029年", { docYear: null }), { year: 2029, tense: "future" });
});

test("a comparison base is not a period: 比上年, 较2020年", () => {
  assert.deepEqual(periods("产值比上年增长9%"), []);
  assert.deepEqual(periods("较2020年翻一番"), []);
});

test("names and rates are not periods: 三年行动, 年均, 年度", () => {
  assert.deepEqual(periods("实施三年行动计划"), []);
  assert.deepEqual(periods("年均增长5%，年度投资"), []);
  assert.deepEqual(periods("实施“十四五”规划"), []);
});

test("heading periods", () => {
  assert.deepEqual(headingPeriod("一、过去一年工作回顾", 2026), { year: 2025, tense: "past" });
  assert.deepEqual(headingPeriod("二、今年重点任务", 2026), { year: 2026, tense: "current" });
  // Work already done, with no period named: the reference year's, done.
  assert.deepEqual(headingPeriod("二、已开展的工作", 2026), { year: 2026, tense: "past" });
  assert.equal(headingPeriod("二、已开展的工作和下一步打算", 2026), null);
  // A bulletin's section on how the work was organised (开展情况) tells what was done.
  assert.deepEqual(headingPeriod("一、整改工作组织开展情况", 2026), { year: 2026, tense: "past" });
  assert.equal(headingPeriod("三、工作开展情况和下一步打算", 2026), null);
  assert.deepEqual(headingPeriod("三、2026年主要目标", 2026), { year: 2026, tense: "current" });
  assert.equal(headingPeriod("四、加强政府自身建设", 2026), null);
  // A review of the reference year itself: what was done in it.
  assert.deepEqual(headingPeriod("一、2021年工作回顾", 2021), { year: 2021, tense: "past" });
  assert.deepEqual(headingPeriod("一、今年工作总结", 2021), { year: 2021, tense: "past" });
  // A review of one year and the plan of the next: the plan's period.
  assert.deepEqual(headingPeriod("二、2021年工作回顾和2022年工作安排", 2021), {
    year: 2022,
    tense: "future",
  });
  assert.equal(headingPeriod(null, 2026), null);
});

test("a year-end report's 一年来 is the year it is given in", () => {
  assert.deepEqual(headingPeriod("一、一年来工作情况", 2031, true), { year: 2031, tense: "past" });
  assert.deepEqual(headingPeriod("一、过去一年主要工作", 2031, true), { year: 2031, tense: "past" });
  // Given early in the year, the year before; 去年 is the year before in any month.
  assert.deepEqual(headingPeriod("一、一年来工作情况", 2031), { year: 2030, tense: "past" });
  assert.deepEqual(headingPeriod("一、去年工作回顾", 2031, true), { year: 2030, tense: "past" });
  assert.deepEqual(headingPeriod("一、五年来工作回顾", 2031, true), { year: 2030, tense: "past" });
});

test("inside a review of a year, that year named again is the year reviewed", () => {
  const review: Period = { year: 2031, tense: "past" };
  assert.deepEqual(only("预计2031年全镇完成财政收入", { docYear: 2031, base: review }), review);
  assert.deepEqual(only("预计2031年全镇完成财政收入", { docYear: 2031 }), { year: 2031, tense: "current" });
  assert.deepEqual(only("到2033年全镇建成", { docYear: 2031, base: review }), {
    year: 2033,
    tense: "future",
  });
});

test("全年 after a year the sentence names means that year", () => {
  const found = periods("2025年全区经济稳中有进，全年实现地区生产总值612亿元");
  assert.deepEqual(found[found.length - 1], ["全年", { year: 2025, tense: "past" }]);
  assert.deepEqual(only("全年实现营业收入", { docYear: 2026 }), { year: 2026, tense: "current" });
});

test("通过N年努力 is a span ahead", () => {
  assert.deepEqual(only("力争通过5年努力", { docYear: 2026 }), { year: 2031, tense: "future" });
});

test("a year before 基础上 is a comparison base, not a period", () => {
  assert.deepEqual(periods("企业数量在2022年基础上翻一番"), []);
  assert.deepEqual(periods("在2022年的基础上"), []);
});

test("a five-year plan's own title dates its undated tasks at the plan's end", () => {
  assert.deepEqual(
    planTitlePeriod("某县国民经济和社会发展第十四个五年规划和2035年远景目标纲要（节选）", 2021),
    {
      year: 2025,
      tense: "future",
    },
  );
  assert.deepEqual(planTitlePeriod("某市“十五五”生态环境保护规划", 2026)?.year, 2030);
  assert.equal(planTitlePeriod("关于某县“十四五”规划实施情况的中期评估报告", 2023), null);
  assert.equal(planTitlePeriod("某区2021年政府工作报告", 2021), null);
});

test("stretches of one text read with a shared index read as each alone", () => {
  const text = "今年以来，新建学校3所。到2030年，五年累计投入资金。目前已完成。未来5年，“十五五”末达到";
  const index = new TextIndex(text);
  const cuts = [0, 12, 28, 35, text.length];
  // In order, then backwards, as a paragraph's earlier sentences are read again.
  const stretches = cuts.slice(1).map((to, k) => [cuts[k]!, to] as const);
  for (const [from, to] of [...stretches, ...stretches.reverse(), [5, 40] as const]) {
    const alone = text.slice(from, to);
    assert.deepEqual(
      findPeriods(text, from, to, ctx, index).map((m) => [m.start - from, m.end - from, m.period]),
      findPeriods(alone, 0, alone.length, ctx).map((m) => [m.start, m.end, m.period]),
      `${from}-${to}`,
    );
  }
});
