import { test } from "node:test";
import assert from "node:assert/strict";
import { isPeriodHeading } from "./period-heading.ts";
import { extract } from "../extract.ts";

test("a decorated line naming a period and ending in a heading word is a heading", () => {
  for (const line of ["✨上半年工作亮点✨", "🚀下半年工作打算🚀", "【2024年工作回顾】", "明年重点工作"])
    assert.ok(isPeriodHeading(line), line);
  for (const line of [
    "上半年，镇里新建公园2个。", // a sentence
    "🔹抓产业、促发展", // a sub-heading with no period
    "今年以来全镇上下凝心聚力抓发展稳增长保民生的工作", // too long for a heading
    "下半年要加快进度", // no heading word at its end
  ])
    assert.ok(!isPeriodHeading(line), line);
});

// An invented mid-year WeChat article: the first half's figures are achieved, the second half's are goals.
const ARTICLE = `桃源镇召开年中工作会

7月10日，桃源镇召开上半年工作总结会，镇党委书记周慕白作工作部署。

⭐上半年工作亮点⭐

✅新签约项目12个，完成固定资产投资3.6亿元；
✅新建村级公园2个。

🌱下半年工作打算🌱

🔸抓项目
新签约项目10个以上；新建农村公路8公里。
`;

test("a period heading's period holds under it: achieved figures are baselines and no commitments", () => {
  const x = extract(ARTICLE, { year: 2023 });
  const line = (t: (typeof x.targets)[number]) => `${t.value}${t.unit_of_measure} ${t.by_year} ${t.baseline}`;
  assert.deepEqual(x.targets.map(line), [
    "12个 2023 true",
    "3.6亿元 2023 true",
    "2个 2023 true",
    "10个 2023 false",
    "8公里 2023 false",
  ]);
  assert.deepEqual(
    x.commitments.map((c) => c.text),
    ["新签约项目10个以上", "新建农村公路8公里"],
  );
});

test("a line framed by the same mark at both ends is a heading when it names a year, even a bare one", () => {
  for (const line of ["🚀 2026，我们这样干 🚀", "🔥 数说2025 🔥", "⭐ 下半年，这样干 ⭐"])
    assert.ok(isPeriodHeading(line), line);
  for (const line of ["🌅 新年新气象", "🔥 我们这样干 🔥", "🚀 2026年，全镇新建公园2个。🚀"])
    assert.ok(!isPeriodHeading(line), line);
});

// An invented WeChat year-end review: 数说 the year's figures, then the next year's plan.
const YEAR_END = `桃源镇2025年终盘点

桃源镇党委书记周慕白在年终总结会上说，这一年全镇干部辛苦了。

🔥 数说2025 🔥
粮食总产量3.2万吨，实现“十连丰”

🚀 2026，我们这样干 🚀
新建农村公路12公里，改造老旧农房300户。
`;

test("数说 before a heading's bare year reviews that year; a bare year ahead dates the plan", () => {
  const x = extract(YEAR_END, { year: 2025 });
  const line = (t: (typeof x.targets)[number]) => `${t.value}${t.unit_of_measure} ${t.by_year} ${t.baseline}`;
  assert.deepEqual(x.targets.map(line), ["3.2万吨 2025 true", "12公里 2026 false", "300户 2026 false"]);
});
