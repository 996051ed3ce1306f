import { test } from "node:test";
import assert from "node:assert/strict";
import { buildDocument } from "../structure/build-document.ts";
import { extract } from "../index.ts";
import { frameworkSetAbove } from "./set-above.ts";

const HEAD = `石湖区人民政府工作报告

——2025年1月8日在石湖区第三届人民代表大会第五次会议上

石湖区人民政府区长 邓卓

`;

const CITY_GOALS =
  "今年工作的总体要求是：全面落实市委、市政府提出的打造智能制造创新高地、内陆开放枢纽城市、绿色低碳示范城市的“三个城市”目标，推动全区高质量发展。\n\n" +
  "（一）围绕打造智能制造创新高地，做强工业经济\n\n今年，新建标准厂房10万平方米。\n";

test("a list the city set, named by a district, is the framework but not the district's strategy or launch", () => {
  const x = extract(HEAD + CITY_GOALS, { year: 2025 });
  assert.equal(x.framework?.name, "三个城市");
  // The list is found whole although a two-item match (市委、市政府提出的打造智能制…) starts inside it.
  assert.deepEqual(
    x.framework?.goals.map((g) => g.name),
    ["智能制造创新高地", "内陆开放枢纽城市", "绿色低碳示范城市"],
  );
  assert.ok(!x.strategies.some((s) => s.label === "三个城市"));
  assert.ok(!x.commitments.some((c) => c.text.includes("三个城市")));
  assert.ok(x.commitments.some((c) => c.text.includes("标准厂房")));
});

test("frameworkSetAbove: only a body of another level, right before the list", () => {
  const text = HEAD + CITY_GOALS;
  const { doc } = buildDocument(text, { year: 2025 });
  const at = text.indexOf("智能制造创新高地");
  const span: [number, number] = [at, at + 8];
  assert.equal(frameworkSetAbove(doc, span, "石湖区"), true);
  // The city's own report naming its committee's list: the city's.
  assert.equal(frameworkSetAbove(doc, span, "石湖市"), false);
  assert.equal(frameworkSetAbove(doc, span, null), false);
});
