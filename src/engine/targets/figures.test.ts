import { test } from "node:test";
import assert from "node:assert/strict";
import { foldText } from "../text/normalize.ts";
import { findFigures } from "./figures.ts";

function figures(s: string) {
  const text = foldText(s);
  return findFigures(text, 0, text.length).map((f) => ({
    text: text.slice(f.start, f.tailEnd),
    value: f.value,
    kind: f.kind,
    unit: f.unit,
  }));
}

test("numbers with a measure word or %, magnitude kept in the unit", () => {
  assert.deepEqual(figures("新建公厕35座，改造燃气管网2.8万米，覆盖率达到97%以上"), [
    { text: "35座", value: 35, kind: "absolute", unit: "座" },
    { text: "2.8万米", value: 2.8, kind: "absolute", unit: "万米" },
    { text: "97%以上", value: 97, kind: "percent", unit: null },
  ]);
  assert.deepEqual(figures("引资16亿美元")[0], {
    text: "16亿美元",
    value: 16,
    kind: "absolute",
    unit: "亿美元",
  });
});

test("Chinese numerals of more than one character count; 两万 keeps 万 in the unit", () => {
  assert.deepEqual(
    figures("招聘三十名教师，帮扶两万户").map((f) => [f.value, f.unit]),
    [
      [30, "名"],
      [2, "万户"],
    ],
  );
});

test("multiple words and N倍", () => {
  assert.deepEqual(
    figures("营业收入翻两番，出口额翻一番，产能倍增，利润达到3倍").map((f) => [f.text, f.value, f.kind]),
    [
      ["翻两番", 4, "multiple"],
      ["翻一番", 2, "multiple"],
      ["倍增", 2, "multiple"],
      ["3倍", 3, "multiple"],
    ],
  );
});

test("years, dates, times, ordinals and rhetorical digits are not figures", () => {
  assert.deepEqual(figures("2026年3月8日14:30，第二十次会议"), []);
  assert.deepEqual(figures("抓好两个重点，实施三大工程，办好一批实事，一是二是"), []);
  assert.deepEqual(figures("学习二十大精神，落实十五五规划，建设“1+6”体系和“2211”工程"), []);
  assert.deepEqual(figures("建设5G基站，创建4A级景区，前10名"), []);
  assert.deepEqual(figures("用3个月时间"), []);
});

test("a magnitude with 级 is a grade, read with its 级: 百亿级", () => {
  const text = foldText("培育百亿级企业，打造50亿级集群");
  assert.deepEqual(
    findFigures(text, 0, text.length).map((f) => [text.slice(f.start, f.end), f.value, f.grade]),
    [
      ["百亿级", 100, true],
      ["50亿级", 50, true],
    ],
  );
});

test("thousands separators", () => {
  assert.deepEqual(figures("新建车位3,600个")[0]?.value, 3600);
});

test("tails that close a figure", () => {
  assert.deepEqual(
    figures("增长6%左右，控制在15分钟以内，在现有120家基础上").map((f) => f.text),
    ["6%左右", "15分钟以内", "120家基础上"],
  );
});

test("a range is read to its upper end and keeps its lower one: 3-5家, 3至5个, 6%-7%", () => {
  assert.deepEqual(
    findFigures(foldText("引进企业3-5家，建设3至5个站点，增长6%-7%"), 0, 30).map((f) => [
      f.value,
      f.unit,
      f.range,
    ]),
    [
      [3, "家", true],
      [3, "个", true],
      [6, null, true],
    ],
  );
  assert.equal(figures("引进企业3-5家")[0]?.text, "3-5家");
});

test("a range in Chinese numerals keeps its lower end: 十二到十五家, 四至六个, 百分之七到七点五", () => {
  const text = foldText("新增企业十二到十五家，建成驿站四至六个，增长百分之七到七点五");
  assert.deepEqual(
    findFigures(text, 0, text.length).map((f) => [text.slice(f.start, f.end), f.value, f.unit, f.range]),
    [
      ["十二到十五家", 12, "家", true],
      ["四至六个", 4, "个", true],
      ["百分之七到七点五", 7, null, true],
    ],
  );
  // A lone digit before 到 with no numeral after it is no figure (一到位).
  assert.deepEqual(figures("资金一到位就开工"), []);
});

test("a bare magnitude is an amount (300亿, 突破百亿), but a grade is not (百亿级)", () => {
  assert.deepEqual(
    figures("打造300亿产值园区，收入突破百亿。").map((f) => [f.text, f.value, f.unit]),
    [
      ["300亿", 300, "亿"],
      ["百亿", 100, "亿"],
    ],
  );
  assert.deepEqual(figures("千万不能松懈"), []);
  assert.equal(findFigures(foldText("培育十亿级企业"), 0, 7)[0]?.grade, true);
});

test("a lone Chinese digit before 倍 is a multiple: 增长近一倍", () => {
  assert.deepEqual(
    figures("比上年增长近一倍").map((f) => [f.text, f.value, f.kind]),
    [["一倍", 1, "multiple"]],
  );
});

test("工作日 is a measure of its own", () => {
  assert.deepEqual(
    figures("办结时限压缩到10个工作日以内").map((f) => [f.text, f.unit]),
    [["10个工作日以内", "个工作日"]],
  );
});

test("Chinese decimals (二十八点六亿元, 一点五亿美元) and shares in words (百分之十三)", () => {
  assert.deepEqual(figures("收入二十八点六亿元，增长百分之十三，利用外资一点五亿美元"), [
    { text: "二十八点六亿元", value: 28.6, kind: "absolute", unit: "亿元" },
    { text: "百分之十三", value: 13, kind: "percent", unit: null },
    { text: "一点五亿美元", value: 1.5, kind: "absolute", unit: "亿美元" },
  ]);
  assert.deepEqual(figures("参合率达到百分之九十五以上。"), [
    { text: "百分之九十五以上", value: 95, kind: "percent", unit: null },
  ]);
  // 重点, 一点一滴: no decimal without a digit on both sides and a measure.
  assert.deepEqual(figures("抓好重点，一点一滴做起"), []);
});

test("a lone Chinese digit counts after its noun at the end of a clause (合作社五个), not as 一批 or before a noun", () => {
  assert.deepEqual(figures("组建农民专业合作社五个；新建沼气池三百口。"), [
    { text: "五个", value: 5, kind: "absolute", unit: "个" },
    { text: "三百口", value: 300, kind: "absolute", unit: "口" },
  ]);
  assert.deepEqual(figures("淘汰出清一批，抓好两个着力点，实施三大战略。"), []);
});
