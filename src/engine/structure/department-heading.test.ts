// Departments named as headings of their own (a WeChat round-up of the departments' plans).
// Every place, department and sentence here is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { departmentHeading } from "./department-heading.ts";
import { extract } from "../extract.ts";

test("a decorated line naming a department, then its slogan, is the department's heading", () => {
  assert.equal(departmentHeading("▌县商务局：稳外贸 促消费"), "县商务局");
  assert.equal(departmentHeading("【市水利局】治水兴水"), "市水利局");
  assert.equal(departmentHeading("■区文化和旅游局：办好家门口的文旅节"), "区文化和旅游局");
  for (const line of [
    "县商务局：今年将新增外贸企业30家。", // a sentence: a turn, not a heading
    "▌县委：抓党建 促发展", // a party committee is the place itself
    "▌产业发展：抓项目 扩投资", // no department
    "县商务局局长 王某某", // a role line
  ])
    assert.equal(departmentHeading(line), null, line);
});

const ROUND_UP = `桐溪县2026年部门工作打算

新的一年，全县上下将接续奋斗。

▌县商务局：稳外贸 促消费
新增外贸实绩企业30家；举办汽车家电促消费活动12场。

▌县水利局：治水兴水
新建小型水库2座，完成河道清淤40公里。

▲桐溪河畔（资料图）

让我们携手奋进，全县新建口袋公园6个。
`;

test("the paragraphs under a department's heading are the department's, up to a line that is no sentence", () => {
  const x = extract(ROUND_UP, { year: 2026 });
  const owners = x.targets.map((t) => `${t.unit} ${t.value}${t.unit_of_measure}`);
  assert.deepEqual(owners.slice(0, 4), ["县商务局 30家", "县商务局 12场", "县水利局 2座", "县水利局 40公里"]);
  // After the photo caption the document's own voice goes on.
  assert.ok(!owners.some((o) => o.includes("县水利局 6")), owners.join(" | "));
});
