import { test } from "node:test";
import assert from "node:assert/strict";
import { foldText } from "../text/normalize.ts";
import { findPersonMentions } from "./roles.ts";
import { mentionUnits, placelessUnit, registerSpeakers, type AuthorUnit } from "./speakers.ts";

const DISTRICT: AuthorUnit = { name: "青溪区", level: "区", span: [0, 3] };
const COUNTY: AuthorUnit = { name: "石溪县", level: "县", span: [0, 3] };

test("a place-less title belongs to the document's own unit when the levels agree", () => {
  assert.equal(placelessUnit("区", DISTRICT), "青溪区");
  assert.equal(placelessUnit("县", COUNTY), "石溪县");
});

test("a place-less title of another level belongs to that level's government", () => {
  assert.equal(placelessUnit("市", DISTRICT), "市政府");
  assert.equal(placelessUnit("市", null), "市政府");
  assert.equal(placelessUnit("区", null), "区政府");
});

test("a title with no level (局长) belongs to the author, if there is one", () => {
  assert.equal(placelessUnit(null, COUNTY), "石溪县");
  assert.equal(placelessUnit(null, null), null);
});

test("mentionUnits lists each unit of a chain once", () => {
  const text = foldText("市党代会代表，云澜新区党工委书记、管委会主任，青溪区委副书记、区长朱明远：");
  const [m] = findPersonMentions(text);
  assert.deepEqual(mentionUnits(m!, null), ["云澜新区", "青溪区"]);
  const [mayor] = findPersonMentions(foldText("市委副书记、市长温嘉禾宣布"));
  assert.deepEqual(mentionUnits(mayor!, null), ["市政府"]);
  const [secretary] = findPersonMentions(foldText("区委书记朱明远代表区委作报告。"));
  assert.deepEqual(mentionUnits(secretary!, DISTRICT), ["青溪区"]);
});

test("registerSpeakers: one unit for a person's two posts, the other name an alias", () => {
  const text = foldText(
    "市党代会代表，云澜新区党工委书记、管委会主任，青溪区委副书记、区长朱明远：开放引领\n" +
      "“新区要走在前列。”朱明远说。\n" +
      "市党代会代表、石湖区委书记欧阳晓峰：做强制造\n",
  );
  const reg = registerSpeakers(findPersonMentions(text), null);
  assert.deepEqual(
    reg.speakers.map((s) => [s.person, s.units, s.titles]),
    [
      ["朱明远", ["云澜新区", "青溪区"], ["云澜新区党工委书记", "管委会主任", "青溪区委副书记", "区长"]],
      ["欧阳晓峰", ["石湖区"], ["石湖区委书记"]],
    ],
  );
  assert.deepEqual(
    reg.units.map((u) => [u.name, u.aliases, u.kind]),
    [
      ["云澜新区", ["青溪区", "青溪"], "new_area"],
      ["石湖区", ["石湖"], "district"],
    ],
  );
  assert.equal(reg.ownerOf.get("朱明远"), "云澜新区");
  assert.equal(reg.ownerOf.get("欧阳晓峰"), "石湖区");
  for (const s of reg.speakers) assert.match(text.slice(...s.span), new RegExp(`${s.person}$`));
});

test("registerSpeakers: the author's unit comes first and a speaker of it joins it", () => {
  const text = foldText("区委书记朱明远代表区委作报告。");
  const reg = registerSpeakers(findPersonMentions(text), DISTRICT);
  assert.deepEqual(
    reg.units.map((u) => [u.name, u.aliases]),
    [["青溪区", ["青溪"]]],
  );
  assert.deepEqual(reg.speakers[0]!.units, ["青溪区"]);
  assert.equal(reg.ownerOf.get("朱明远"), "青溪区");
});

test("registerSpeakers: departments and the city government are separate units", () => {
  const text = foldText(
    "市委副书记、市长温嘉禾宣布启动攻坚行动。市发展改革委主任钟离文说，今年将安排重大项目200个。市工业和信息化局局长葛青表示，将新增规上企业100家。",
  );
  const reg = registerSpeakers(findPersonMentions(text), null);
  assert.deepEqual(
    reg.units.map((u) => [u.name, u.kind]),
    [
      ["市政府", "city"],
      ["市发展改革委", "department"],
      ["市工业和信息化局", "department"],
    ],
  );
});
