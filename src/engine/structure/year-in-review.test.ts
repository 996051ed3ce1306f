// 今年 in a paragraph that turns to 明年 is the year reviewed. Names and places are invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extract } from "../extract.ts";

const review =
  "12月20日，岩桥县召开乡镇述职会。\n\n石岭镇镇长杜文斌表示，今年石岭镇完成财政收入2.4亿元，同比增长9%。明年，石岭镇将加快建设石岭物流园，新建农贸市场2个。\n";

test("a 今年 sentence that pledges nothing, before the paragraph turns to 明年, states what was done", () => {
  const e = extract(review, { year: 2019 });
  const revenue = e.targets.filter((t) => t.metric.includes("财政收入"));
  assert.deepEqual(
    revenue.map((t) => [t.value, t.by_year, t.baseline]),
    [
      [2.4, 2019, true],
      [9, 2019, true],
    ],
  );
  assert.ok(!e.commitments.some((c) => c.text.includes("财政收入")));
  // The plan after 明年 is still a plan.
  assert.ok(e.commitments.some((c) => c.text.includes("石岭物流园")));
  const markets = e.targets.find((t) => t.metric.includes("农贸市场"));
  assert.deepEqual([markets?.by_year, markets?.baseline], [2020, false]);
});

test("a 今年 sentence of intent (今年将…) stays a plan of this year, 明年 after it or not", () => {
  const e = extract(
    "石岭镇镇长杜文斌表示，今年石岭镇将新建农贸市场2个。明年，石岭镇将加快建设石岭物流园。\n",
    { year: 2019 },
  );
  const markets = e.targets.find((t) => t.metric.includes("农贸市场"));
  assert.deepEqual([markets?.by_year, markets?.baseline], [2019, false]);
  assert.ok(e.commitments.some((c) => c.text.includes("农贸市场")));
});

test("上半年 (1—6月) in a paragraph that turns to 下半年 is the half reviewed: baselines of the year", () => {
  const e = extract(
    "7月18日，岩桥县召开上半年经济运行分析会。\n\n县商务局局长杜文斌汇报说，1—6月，全县完成外贸进出口总额8.6亿元，占年度计划的52%。下半年，县商务局将新建跨境电商产业园1个。\n",
    { year: 2022 },
  );
  const trade = e.targets.filter((t) => t.metric.includes("进出口") || t.metric.includes("年度计划"));
  assert.deepEqual(
    trade.map((t) => [t.value, t.by_year, t.baseline]),
    [
      [8.6, 2022, true],
      [52, 2022, true],
    ],
  );
  assert.ok(!e.commitments.some((c) => c.text.includes("进出口")));
  const parks = e.targets.find((t) => t.metric.includes("跨境电商"));
  assert.deepEqual([parks?.by_year, parks?.baseline], [2022, false]);
});

test("the words found once in the whole text mark the same sentences as a search of each sentence", async () => {
  const { buildDocument } = await import("./build-document.ts");
  const { yearInReview } = await import("./year-in-review.ts");
  const text =
    "岩桥县乡镇述职会纪要\n\n" +
    "石岭镇镇长杜文斌表示，今年石岭镇完成财政收入2.4亿元。明年，石岭镇将新建农贸市场2个。\n\n" +
    "上半年（1—6月）全区完成固定资产投资12亿元。下半年，区发改局将推进项目建设。\n\n" +
    "1—6月，青禾乡完成造林3000亩，比去年多了半年的工作量。下一步，青禾乡将继续植树。\n\n" +
    "白沙镇召开的一次很长很长的专题会议上各村的负责同志都作了发言，今年完成道路硬化5公里。明年将继续。\n\n" +
    "今年以来，全镇新增企业5家。明年，全镇将新增企业8家。6月\n";
  const doc = buildDocument(text, { year: 2019 }).doc;
  const bySentence = yearInReview(doc.sentences);
  assert.ok(bySentence.size >= 2);
  assert.deepEqual([...yearInReview(doc.sentences, doc.text)], [...bySentence]);
});
