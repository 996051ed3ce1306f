import { test } from "node:test";
import assert from "node:assert/strict";
import { foldText } from "../text/normalize.ts";
import { metricAfter, metricBefore } from "./metric.ts";
import { extract } from "../extract.ts";

/** The metric before the figure that ends the text. */
function before(s: string): string | null {
  const text = foldText(s);
  const at = text.search(/\d|[一二三四五六七八九十]+[名个]|翻/);
  return metricBefore(text, 0, at)?.text ?? null;
}

test("the noun phrase before a state verb", () => {
  assert.equal(before("全省粮食总产量达到1500万吨"), "粮食总产量");
  assert.equal(before("城市污水处理率提高到98%"), "城市污水处理率");
  assert.equal(before("工业用地亩均税收突破30万元"), "工业用地亩均税收");
  assert.equal(before("港口货物吞吐量稳定在2亿吨以上"), "港口货物吞吐量");
});

test("modal words, scope words and leading action verbs are set aside", () => {
  assert.equal(before("全县旅游综合收入力争超过80亿元"), "旅游综合收入");
  assert.equal(before("新建改造农村公路300公里"), "农村公路");
  assert.equal(before("我区将新培育瞪羚企业12家"), "瞪羚企业");
  assert.equal(before("加快建设人才公寓2000套"), "建设人才公寓");
});

test("在建 stays in the metric; 内 after a span is not part of it", () => {
  assert.equal(before("全县在建重点项目达到120个"), "在建重点项目");
});

test("a verb is kept when what remains would be too short: 新增企业", () => {
  assert.equal(before("新增企业900家"), "新增企业");
});

test("quotes around a name are dropped", () => {
  assert.equal(before("新建“城市书房”15个"), "城市书房");
});

test("trailing noise: 累计, 首次, 年均增长, 全部", () => {
  assert.equal(before("农民工返乡创业累计2万人"), "农民工返乡创业");
  assert.equal(before("进出口总额首次突破100亿元"), "进出口总额");
  assert.equal(before("居民人均消费支出年均增长6%"), "居民人均消费支出");
  assert.equal(before("行政村集体收入全部超过20万元"), "行政村集体收入");
});

test("a reference before 的 is not the metric: 达到全市的20%", () => {
  assert.equal(before("电商交易额达到全市的20%"), "电商交易额");
});

test("a generic head keeps the phrase it heads: …的比重", () => {
  assert.equal(before("教育支出占财政支出的比重保持在20%"), "教育支出占财政支出的比重");
});

test("a quoted name inside the metric keeps its quotes", () => {
  assert.equal(before("“最多跑一次”事项比例达到95%"), "“最多跑一次”事项比例");
});

test("a comparison base is not part of the metric", () => {
  assert.equal(before("税收收入比上年增长7%"), "税收收入");
});

test("nothing but verbs and period words leaves no metric", () => {
  assert.equal(before("力争突破200亿元"), null);
  assert.equal(before("同比增长5%"), null);
});

test("the noun phrase after a count, to the end of the phrase", () => {
  const text = "培育10个市级特色小镇、3条精品线路";
  assert.equal(metricAfter(text, 5, text.length)?.text, "市级特色小镇");
  const de = "设立规模20亿元的人才发展基金，";
  assert.equal(metricAfter(de, 8, de.length)?.text, "人才发展基金");
});

test("a metric after a cut period word does not start with the clause mark", () => {
  const text = "到年底，辖区背街小巷保洁覆盖率要达到100%";
  const at = text.indexOf("100");
  assert.equal(metricBefore(text, 0, at, [{ start: 0, end: 3 }])?.text, "辖区背街小巷保洁覆盖率");
});

test("a list item's number or bullet symbol is no part of the metric", () => {
  /** The metric before the last figure of the text. */
  const last = (s: string) => {
    const text = foldText(s);
    return metricBefore(text, 0, text.search(/\d+[个家]$/))?.text ?? null;
  };
  assert.equal(last("3.新培育科技型中小企业15家"), "科技型中小企业");
  assert.equal(last("12、新建村级卫生室8个"), "村级卫生室");
  assert.equal(last("✅新增公共停车位300个"), "公共停车位");
  assert.equal(last("🔹新建口袋公园3个"), "口袋公园");
});

test("a metric ending in 签约 keeps its 约", () => {
  const e = extract("柳岸区2023年重点工作\n\n今年，柳岸区将完成棚户区征收签约800户。\n", { year: 2023 });
  assert.deepEqual(
    e.targets.map((t) => [t.metric, t.comparator, t.value]),
    [["棚户区征收签约", "=", 800]],
  );
});
