import { test } from "node:test";
import assert from "node:assert/strict";
import { foldText } from "../text/normalize.ts";
import type { Period } from "./period.ts";
import { readSentence, type SentenceContext, type SentenceTarget } from "./sentence.ts";

const base: SentenceContext = { docYear: 2026, section: null, fallback: null, previousMetric: null };

function read(s: string, ctx: Partial<SentenceContext> = {}): Omit<SentenceTarget, "span">[] {
  const text = foldText(s);
  return readSentence(text, 0, text.length, { ...base, ...ctx }).targets.map(({ span: _span, ...t }) => t);
}
const short = (t: Omit<SentenceTarget, "span">) =>
  `${t.metric} ${t.comparator} ${t.value} ${t.value_kind}${t.unit_of_measure ? " " + t.unit_of_measure : ""} ${t.by_year} ${t.baseline ? "baseline" : "goal"}`;

test("a work plan sentence: period, action counts, growth and share", () => {
  assert.deepEqual(
    read(
      "今年，全区将新建普惠性幼儿园6所，新增停车泊位3000个以上，固定资产投资增长8%左右，快递进村覆盖率达到90%。",
    ).map(short),
    [
      "普惠性幼儿园 = 6 absolute 所 2026 goal",
      "停车泊位 >= 3000 absolute 个 2026 goal",
      "固定资产投资 ~ 8 growth_rate 2026 goal",
      "快递进村覆盖率 = 90 percent 2026 goal",
    ],
  );
});

test("a period carries to later clauses until another replaces it", () => {
  assert.deepEqual(
    read("目前全市已建成智慧社区45个，到2028年实现全覆盖，智慧社区总数达到120个。").map(short),
    ["智慧社区 = 45 absolute 个 null baseline", "智慧社区总数 = 120 absolute 个 2028 goal"],
  );
});

test("a clause with no subject takes the metric of the clause before", () => {
  assert.deepEqual(read("到2029年，全县农民人均纯收入达到4万元，年均增长9%以上。").map(short), [
    "农民人均纯收入 = 4 absolute 万元 2029 goal",
    "农民人均纯收入 >= 9 growth_rate 2029 goal",
  ]);
});

test("last year's figures are dated baselines", () => {
  assert.deepEqual(read("去年全市规上工业营业收入完成860亿元，同比增长11.2%。").map(short), [
    "规上工业营业收入 = 860 absolute 亿元 2025 baseline",
    "规上工业营业收入 = 11.2 growth_rate 2025 baseline",
  ]);
});

test("a figure stated of today, with no period and no intent, is an undated baseline", () => {
  assert.deepEqual(read("全县湿地保护率接近60%，水质优良比例为100%。").map(short), [
    "湿地保护率 ~ 60 percent null baseline",
    "水质优良比例 = 100 percent null baseline",
  ]);
});

test("在现有N基础上 is a baseline and the goal after it keeps the metric", () => {
  assert.deepEqual(read("今后五年，规上企业数量要在现有420家基础上翻一番。").map(short), [
    "规上企业数量 = 420 absolute 家 null baseline",
    "规上企业数量 = 2 multiple 2031 goal",
  ]);
});

test("翻两番 is ×4 and 增长1倍 is ×2", () => {
  assert.deepEqual(read("到2035年，数字经济规模翻两番，海洋经济产值增长1倍。").map(short), [
    "数字经济规模 = 4 multiple 2035 goal",
    "海洋经济产值 = 2 multiple 2035 goal",
  ]);
});

test("a number that qualifies an object is not a target; the count of the object is, qualifier kept in its metric", () => {
  assert.deepEqual(read("今年培育主营业务收入超5亿元的龙头企业8家。").map(short), [
    "主营业务收入超5亿元的龙头企业 = 8 absolute 家 2026 goal",
  ]);
  assert.deepEqual(read("今年新开工5000万元以上项目60个。").map(short), [
    "5000万元以上项目 = 60 absolute 个 2026 goal",
  ]);
  assert.deepEqual(read("今年成立由30名专家组成的咨询委员会。"), []);
  assert.deepEqual(read("培育一批百亿级企业，打造15分钟便民生活圈，为65岁以上老人体检。"), []);
});

test("由A增加到B in a review of past years: both are last year's baselines", () => {
  assert.deepEqual(read("过去五年，全市工业总产值由900亿元增加到1500亿元。").map(short), [
    "工业总产值 = 900 absolute 亿元 2025 baseline",
    "工业总产值 = 1500 absolute 亿元 2025 baseline",
  ]);
});

test("a count of the subjects does not enter the metric: 12个村全部实现…", () => {
  assert.deepEqual(read("今年全乡12个村全部实现集体经营收入8万元以上。").map(short), [
    "集体经营收入 >= 8 absolute 万元 2026 goal",
  ]);
});

test("an action with no period is an undated goal", () => {
  assert.deepEqual(read("建设3个千亩茶园基地。").map(short), ["千亩茶园基地 = 3 absolute 个 null goal"]);
});

test("a count before its noun: the noun is the metric", () => {
  assert.deepEqual(read("今年选派一百二十名以上科技特派员服务乡村，建成6个“15分钟健身圈”。").map(short), [
    "科技特派员服务乡村 >= 120 absolute 名 2026 goal",
    "15分钟健身圈 = 6 absolute 个 2026 goal",
  ]);
});

test("a list of counts: each takes the noun phrase after the last", () => {
  assert.deepEqual(read("今年新建口袋公园12个、城市绿道30公里。").map(short), [
    "口袋公园 = 12 absolute 个 2026 goal",
    "城市绿道 = 30 absolute 公里 2026 goal",
  ]);
});

test("分别增长6%和7%: the second figure is a growth rate too", () => {
  assert.deepEqual(read("今年城乡居民收入分别增长6%和7%。").map(short), [
    "城乡居民收入 = 6 growth_rate 2026 goal",
    "城乡居民收入 = 7 growth_rate 2026 goal",
  ]);
});

test("the section's period opens the sentence: 全年 in a review of the past year", () => {
  const review: Period = { year: 2025, tense: "past" };
  assert.deepEqual(read("全年新登记市场主体1.6万户。", { section: review }).map(short), [
    "市场主体 = 1.6 absolute 万户 2025 baseline",
  ]);
});

test("a work report's fallback period dates tasks with no period of their own", () => {
  const fallback: Period = { year: 2026, tense: "current" };
  assert.deepEqual(read("新建社区食堂20个。", { fallback }).map(short), [
    "社区食堂 = 20 absolute 个 2026 goal",
  ]);
  assert.deepEqual(read("新建社区食堂20个。").map(short), ["社区食堂 = 20 absolute 个 null goal"]);
});

test("without a reference year, goals keep their absolute years and relative ones have none", () => {
  assert.deepEqual(read("今年新建学校3所，到2030年建成学校20所。", { docYear: null }).map(short), [
    "新建学校 = 3 absolute 所 null goal",
    "建成学校 = 20 absolute 所 2030 goal",
  ]);
});

test("the span covers the figure's clause", () => {
  const text = foldText("今年，全镇新建冷库8座，带动就业500人。");
  const spans = readSentence(text, 0, text.length, base).targets.map((t) => text.slice(...t.span));
  assert.deepEqual(spans, ["全镇新建冷库8座", "带动就业500人"]);
});

test("a space before the number does not hide the words before it", () => {
  assert.deepEqual(read("今年全县生产总值年均增长 6.5%左右，力争突破 900亿元。").map(short), [
    "生产总值 ~ 6.5 growth_rate 2026 goal",
    "生产总值 >= 900 absolute 亿元 2026 goal",
  ]);
});

test("a range is its lower bound with >=", () => {
  assert.deepEqual(read("今年引进行业龙头企业3-5家，新建示范基地2至4个。").map(short), [
    "行业龙头企业 >= 3 absolute 家 2026 goal",
    "示范基地 >= 2 absolute 个 2026 goal",
  ]);
});

test("跨过…大关 is a goal of at least the figure; a milestone restating the figure before it is not a target", () => {
  assert.deepEqual(read("到2030年，全县茶产业综合产值跨过80亿元大关。").map(short), [
    "茶产业综合产值 >= 80 absolute 亿元 2030 goal",
  ]);
  assert.deepEqual(read("去年全县税收收入达到21.4亿元，首次突破20亿元大关。").map(short), [
    "税收收入 = 21.4 absolute 亿元 2025 baseline",
  ]);
});

test("a share of a scope keeps the scope: 占全县比重", () => {
  assert.deepEqual(read("今年，数字经济核心产业增加值占全县比重达到12%。").map(short), [
    "数字经济核心产业增加值占全县比重 = 12 percent 2026 goal",
  ]);
});

test("增长近一倍 is about twice the baseline", () => {
  assert.deepEqual(read("2025年全县地区生产总值达到96亿元，比2020年增长近一倍。").map(short), [
    "地区生产总值 = 96 absolute 亿元 2025 baseline",
    "地区生产总值 ~ 2 multiple 2025 baseline",
  ]);
});

test("counts that compare are not targets: 位列…前三, 超过省内5个地市", () => {
  assert.deepEqual(
    read("去年全区经济总量位列12个省级新区前三，外贸进出口总额超过省内5个地市。").map(short),
    [],
  );
});

test("a figure inside a short quoted label is part of the name", () => {
  assert.deepEqual(read("今年加快建设“四个一千亩”，新建蔬菜大棚300座。").map(short), [
    "蔬菜大棚 = 300 absolute 座 2026 goal",
  ]);
});

test("a multiple in the name of a programme carried out is no goal; one achieved is", () => {
  assert.deepEqual(read("今年深入实施茶叶产业倍增计划。").map(short), []);
  assert.deepEqual(read("今年实现茶叶产业倍增计划。").map(short), ["茶叶产业 = 2 multiple 2026 goal"]);
});

test("发展到 is a state verb, not the metric", () => {
  assert.deepEqual(read("目前全县家庭农场已发展到58家。").map(short), [
    "家庭农场 = 58 absolute 家 null baseline",
  ]);
});

test("a subject set to become an entity of a stated size sets a target for that subject", () => {
  assert.deepEqual(read("到2030年，把智造园打造成为300亿产值园区。").map(short), [
    "产值园区 = 300 absolute 亿 2030 goal",
  ]);
  assert.deepEqual(read("力争到2030年把开发区建成主营业务收入超千亿元的园区。").map(short), [
    "主营业务收入 >= 1000 absolute 亿元 2030 goal",
  ]);
  assert.deepEqual(read("到2030年，推动茶产业发展成为百亿级产业。").map(short), [
    "茶产业 = 100 absolute 亿 2030 goal",
  ]);
});

test("a size that qualifies a class of objects, or the subject of a clause, is not a target", () => {
  assert.deepEqual(read("今年培育一批10亿级以上龙头企业，培育一批产值超5亿元的链主企业。").map(short), []);
  assert.deepEqual(read("其中，总投资30亿元的新材料产业园力争5月开工。").map(short), []);
  assert.deepEqual(read("今年设立总规模20亿元的产业引导基金。").map(short), [
    "产业引导基金 = 20 absolute 亿元 2026 goal",
  ]);
});

test("the qualifier of a counted noun stays in its metric: 收入超10亿元的企业5户", () => {
  assert.deepEqual(read("今年培育营业收入超5亿元的企业8户。").map(short), [
    "营业收入超5亿元的企业 = 8 absolute 户 2026 goal",
  ]);
});

test("a span of years is not a metric: 五年年均增长", () => {
  assert.deepEqual(read("去年全县生产总值达到98.5亿元，五年年均增长6.9%。").map(short), [
    "生产总值 = 98.5 absolute 亿元 2025 baseline",
    "生产总值 = 6.9 growth_rate 2025 baseline",
  ]);
});

test("a share stated before its noun takes the noun as its metric", () => {
  assert.deepEqual(read("年底前实现90%以上事项“掌上办”。").map(short), [
    "事项“掌上办” >= 90 percent 2026 goal",
  ]);
});

test("an area counts the noun after it right after an action, not after a noun it sizes", () => {
  assert.deepEqual(read("今年完成6.2平方公里核心区详细规划编制。").map(short), [
    "核心区详细规划编制 = 6.2 absolute 平方公里 2026 goal",
  ]);
  assert.deepEqual(read("今年启动南部新区6.2平方公里详细规划编制。").map(short), []);
});

test("a clause that names nothing counts the object of the figureless clause before it", () => {
  assert.deepEqual(read("积极争取省级专项资金，力争全年到位3亿元以上。").map(short), [
    "省级专项资金 >= 3 absolute 亿元 2026 goal",
  ]);
});

test("a round amount said again exactly counts once", () => {
  assert.deepEqual(read("去年全区税收收入突破百亿，达到104.2亿元。").map(short), [
    "税收收入 = 104.2 absolute 亿元 2025 baseline",
  ]);
});

test("a figure set beside its noun with no verb is a goal when its sentence goes on to act", () => {
  assert.deepEqual(read("东园八百亩，推动闲置厂房盘活。").map(short), ["东园 = 800 absolute 亩 null goal"]);
  assert.deepEqual(read("全县森林覆盖率62%，生态底子好。").map(short), [
    "森林覆盖率 = 62 percent null baseline",
  ]);
});

test("metrics listed before as many figures take them in order: 相继跨过800亿元、100亿元大关", () => {
  assert.deepEqual(read("去年全县地区生产总值、财政收入相继跨过300亿元、20亿元大关。").map(short), [
    "地区生产总值 >= 300 absolute 亿元 2025 baseline",
    "财政收入 >= 20 absolute 亿元 2025 baseline",
  ]);
});

test("a population inside rhetoric is not a target: 88万人民的期待", () => {
  assert.deepEqual(read("决不辜负全县66万人民的期待，服务好20万群众。").map(short), []);
  assert.deepEqual(read("全县常住人口66万人。").map(short), ["常住人口 = 66 absolute 万人 null baseline"]);
});
