// Page furniture and files that hold several articles. Every place, person
// and sentence here is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { paragraphs } from "../text/segment.ts";
import { pageLayout } from "./furniture.ts";
import { extract } from "../extract.ts";

const layoutOf = (text: string) => {
  const paras = paragraphs(text);
  const page = pageLayout(text, paras);
  return {
    furniture: paras.filter((p) => page.furniture.has(p.index)).map((p) => p.text.slice(0, 6)),
    starts: page.articleStarts.map((i) => paras[i]!.text.slice(0, 6)),
  };
};

const FIRST = `港城区今年这样干
本报讯 今年，港城区将新建学校3所。
港城区还将建设滨河公园。
相关阅读
· 柳岸区召开经济工作会议
· 港城区春季招聘会举行
责任编辑：林夏`;

test("after a closing line, a headline with a dateline and two paragraphs of text opens the next article", () => {
  const text = `${FIRST}

青禾县加快建设现代农业园
2023-03-02 来源：青禾日报
本报讯 今年，青禾县将新建高标准农田3万亩。
青禾县还将改造农村公路120公里。
`;
  const { furniture, starts } = layoutOf(text);
  assert.deepEqual(starts, ["青禾县加快建"]);
  assert.deepEqual(furniture, ["相关阅读", "· 柳岸区召", "· 港城区春", "责任编辑：林"]);
  const e = extract(text, { year: 2023 });
  assert.deepEqual(
    e.commitments.map((c) => c.text),
    [
      "港城区将新建学校3所",
      "港城区还将建设滨河公园",
      "青禾县将新建高标准农田3万亩",
      "青禾县还将改造农村公路120公里",
    ],
  );
});

test("a headline right under 新闻推荐 and its one paragraph are a teaser, not an article", () => {
  const text = `${FIRST}

新闻推荐
青禾县春季农资检查启动
本网讯 今年，青禾县将检查农资经营户1200家。
`;
  const { furniture, starts } = layoutOf(text);
  assert.deepEqual(starts, []);
  assert.equal(furniture.length, 7);
  assert.equal(extract(text, { year: 2023 }).commitments.length, 2);
});

test("a headline over a single paragraph after the links stays furniture", () => {
  const text = `${FIRST}

青禾县春季农资检查启动
本网讯 今年，青禾县将检查农资经营户1200家。
`;
  assert.deepEqual(layoutOf(text).starts, []);
});

test("a paragraph repeated in another article is no repeat: each article keeps its own", () => {
  const shared = "会议要求，各级各部门将扎实推进安全生产大检查。";
  const text = `港城区部署安全生产工作
本报讯 今年，港城区将整治隐患企业200家。
${shared}
责任编辑：林夏

青禾县部署安全生产工作
本报讯 今年，青禾县将整治隐患企业80家。
${shared}
`;
  const paras = paragraphs(text);
  const page = pageLayout(text, paras);
  const repeated = paras.filter((p) => p.text === shared).map((p) => page.furniture.has(p.index));
  assert.deepEqual(repeated, [false, false]);
  // Within one article the earlier of two identical paragraphs is still furniture.
  const one = `港城区部署安全生产工作\n本报讯 今年，港城区将整治隐患企业200家。\n${shared}\n${shared}\n`;
  assert.deepEqual([...pageLayout(one, paragraphs(one)).furniture], [2]);
});

test("the speaker of one article does not own the next one: the place its headline names does", () => {
  const text = `港城区委书记周远：今年要把产业做强
周远说，今年港城区将新建标准厂房10万平方米。
港城区还将引进龙头企业5家。
责任编辑：林夏

青禾县加快建设现代农业园
本报讯 今年，全县将新建高标准农田3万亩。
全县还将改造农村公路120公里。
`;
  const e = extract(text, { year: 2023 });
  assert.deepEqual(
    e.commitments.map((c) => c.unit),
    ["港城区", "港城区", "青禾县", "青禾县"],
  );
});

test("a paragraph stated again later in the same words is furniture; one as long in other words is not", () => {
  const text = [
    "桐溪县今年这样干",
    "桐溪县今年将新建学校三所，改造道路十条。",
    "桐溪县今年将新建医院两所，改造道路九条。",
    "桐溪县今年将新建学校三所，改造道路十条。",
  ].join("\n");
  const paras = paragraphs(text);
  const page = pageLayout(text, paras);
  assert.deepEqual(
    paras.map((p) => page.furniture.has(p.index)),
    [false, true, false, false],
  );
});
