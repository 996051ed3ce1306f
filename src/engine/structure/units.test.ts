import { test } from "node:test";
import assert from "node:assert/strict";
import {
  PLACE_NAME,
  clauseSubject,
  levelOf,
  placeBefore,
  shortForms,
  townshipSubject,
  unitFromOrg,
  unitKind,
} from "./units.ts";

test("unitFromOrg drops the party or government body to name the unit it leads", () => {
  assert.equal(unitFromOrg("青溪区委"), "青溪区");
  assert.equal(unitFromOrg("石溪县委"), "石溪县");
  assert.equal(unitFromOrg("云澜新区党工委"), "云澜新区");
  assert.equal(unitFromOrg("翠屏经开区管委会"), "翠屏经开区");
  assert.equal(unitFromOrg("石湖区人民政府"), "石湖区");
  assert.equal(unitFromOrg("青柳镇党委"), "青柳镇");
  assert.equal(unitFromOrg(" 鹭川市政府 "), "鹭川市");
});

test("unitFromOrg keeps departments, companies and hospitals whole", () => {
  assert.equal(unitFromOrg("市发展改革委"), "市发展改革委");
  assert.equal(unitFromOrg("市工业和信息化局"), "市工业和信息化局");
  assert.equal(unitFromOrg("鹭川宏达电子股份有限公司"), "鹭川宏达电子股份有限公司");
  assert.equal(unitFromOrg("鹭川市中心医院"), "鹭川市中心医院");
});

test("unitFromOrg returns nothing for a bare level", () => {
  for (const org of ["区委", "市委", "县委", "镇党委", "区人民政府", "市政府", ""]) {
    assert.equal(unitFromOrg(org), "", org);
  }
});

test("levelOf reads the level a place-less word speaks for", () => {
  assert.equal(levelOf("市长"), "市");
  assert.equal(levelOf("区委"), "区");
  assert.equal(levelOf("副县长"), "县");
  assert.equal(levelOf("镇党委"), "镇");
  assert.equal(levelOf("局长"), null);
  assert.equal(levelOf("董事长"), null);
  assert.equal(levelOf(""), null);
});

test("unitKind by the name's ending", () => {
  const kinds: [string, string][] = [
    ["云澜新区", "new_area"],
    ["翠屏经开区", "development_zone"],
    ["翠屏经济技术开发区", "development_zone"],
    ["青溪工业园", "development_zone"],
    ["鹭川宏达电子股份有限公司", "company"],
    ["鹭川市中心医院", "institution"],
    ["鹭川理工学院", "institution"],
    ["市发展改革委", "department"],
    ["市工业和信息化局", "department"],
    ["市政府", "city"],
    ["鹭川市", "city"],
    ["青柳镇", "town"],
    ["东湖街道", "town"],
    ["石溪县", "county"],
    ["青溪区", "district"],
    ["青年创业协会", "organisation"],
  ];
  for (const [name, kind] of kinds) assert.equal(unitKind(name), kind, name);
});

test("a 高新区 is a development zone, not a new area", () => {
  assert.equal(unitKind("翠屏高新区"), "development_zone");
});

test("shortForms drops the administrative suffix of a place", () => {
  assert.deepEqual(shortForms("青溪区"), ["青溪"]);
  assert.deepEqual(shortForms("石溪县"), ["石溪"]);
  assert.deepEqual(shortForms("青柳镇"), ["青柳"]);
  assert.deepEqual(shortForms("鹭川市"), ["鹭川"]);
});

test("shortForms gives no short form that would be a different or partial name", () => {
  // 云澜新 and 翠屏经开 are not names; a one-character stem is too short.
  assert.deepEqual(shortForms("云澜新区"), []);
  assert.deepEqual(shortForms("翠屏经开区"), []);
  assert.deepEqual(shortForms("翠屏高新区"), []);
  assert.deepEqual(shortForms("东区"), []);
  assert.deepEqual(shortForms("市发展改革委"), []);
});

test("PLACE_NAME finds places with their suffix", () => {
  const found = [..."石溪县，青溪区；云澜新区、翠屏经开区".matchAll(PLACE_NAME)].map((m) => m[0]);
  assert.deepEqual(found, ["石溪县", "青溪区", "云澜新区", "翠屏经开区"]);
});

test("townshipSubject: a time word before a bare 街道 or 镇 names no township", () => {
  assert.equal(townshipSubject("今年街道将新建社区食堂3个"), null);
  assert.equal(townshipSubject("明年镇里将硬化村道10公里"), null);
  assert.equal(townshipSubject("今年，柳塘镇将新建社区食堂3个"), "柳塘镇");
});

test("clauseSubject: a department, township or zone after a time word, 会议要求 or 在X中", () => {
  assert.equal(clauseSubject("在民生工程攻坚中，县水务局要加快城南水厂建设"), "县水务局");
  assert.equal(clauseSubject("会议要求，在防汛保安战中，区应急局要完善预警体系"), "区应急局");
  assert.equal(clauseSubject("县城管局今年新建停车位800个"), "县城管局");
  assert.equal(clauseSubject("县委县政府督查室要每季开展专项督查"), "县委县政府督查室");
  assert.equal(clauseSubject("在乡村振兴中，梅岭乡要建成茶叶加工园"), "梅岭乡");
  assert.equal(clauseSubject("桐溪经济开发区要聚焦新材料产业"), "桐溪经济开发区");
  assert.equal(clauseSubject("高新区将新建孵化器3个"), "高新区");
});

test("clauseSubject: a department after an item's number, 其中 or a quarter", () => {
  assert.equal(clauseSubject("1.县住建局牵头的棚户区改造任务，年度计划开工40个"), "县住建局");
  assert.equal(clauseSubject("（2）区水利局牵头的河道清淤任务"), "区水利局");
  assert.equal(clauseSubject("其中，县交通局第四季度要新建农村公路30公里"), "县交通局");
  // A number before no subject opens none.
  assert.equal(clauseSubject("3.加快县交通局牵头的项目"), null);
});

test("clauseSubject: all zones, the whole place or a zone named as an object open no unit", () => {
  assert.equal(clauseSubject("各开发区要落实安全生产责任"), null);
  assert.equal(clauseSubject("全区要加快建设开发区"), null);
  assert.equal(clauseSubject("桐溪经济开发区是主战场"), null);
  assert.equal(clauseSubject("加快桐溪高新区扩区"), null);
});

test("unitKind takes the table's first row whose suffix ends the name, of those sharing its last character", () => {
  // 中心 is in the institutions' row and the departments': the earlier row wins.
  assert.equal(unitKind("市政务服务中心"), "institution");
  // 经开区 ends in 区 like a district, and its row comes first.
  assert.equal(unitKind("翠屏经开区"), "development_zone");
  assert.equal(unitKind("市委员会"), "department");
  assert.equal(unitKind(""), "organisation");
  assert.equal(unitKind("区"), "district");
});

test("clauseSubject: a deadline after the unit, and a field label before it, keep the unit as subject", () => {
  assert.equal(clauseSubject("县水务局年底前建成应急水源工程"), "县水务局");
  assert.equal(clauseSubject("市交通局9月底前完成断头路改造"), "市交通局");
  assert.equal(clauseSubject("整改措施：县林业局上半年补植苗木2万株"), "县林业局");
  assert.equal(clauseSubject("整改措施：建立台账，逐项销号"), null);
});

test("placeBefore: a scope word before the level names no place", () => {
  // 围绕全市…: 全市 is the whole city, and 围绕全市 no place's name.
  const text = "会议围绕全市托育服务开展询问。副市长";
  assert.equal(placeBefore(text, text.length - 3, "市"), null);
  const named = "苍梧市召开会议，围绕全市托育服务开展询问。副市长";
  assert.equal(placeBefore(named, named.length - 3, "市"), "苍梧市");
});
