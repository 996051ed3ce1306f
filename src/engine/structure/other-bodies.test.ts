// Class 9 of issue 9: items a speaker quotes from another body's report or
// decision belong to that body; the speaker's own clauses stay theirs.
// Places, people and sentences are invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extract } from "../extract.ts";

const REVIEW = `代表团审议政府工作报告

1月20日，出席市人大会议的石湖区代表团分组审议市政府工作报告。

“报告提出，今年要加快建设滨江科创走廊，推动轻轨2号线开工建设，这对我们来说是重大利好。”代表团团长、石湖区委书记王明代表说。今年，石湖区将新建学校5所，改造老旧小区30个。

来自石湖经济开发区的市人大代表赵亮，对报告中“大力发展低空经济等未来产业”的表述感触颇深。他说，开发区将建设无人机产业园。
`;

const owners = (e: ReturnType<typeof extract>) => e.commitments.map((c) => `${c.unit}:${c.text}`);

test("what a deputy quotes after 报告提出 is the government's; the deputy's own plans stay the district's", () => {
  const found = owners(extract(REVIEW, { year: 2024 }));
  assert.ok(
    found.some((c) => c.startsWith("市政府:") && c.includes("滨江科创走廊")),
    found.join(" | "),
  );
  assert.ok(
    found.some((c) => c.startsWith("市政府:") && c.includes("轻轨2号线")),
    found.join(" | "),
  );
  assert.ok(
    found.some((c) => !c.startsWith("市政府:") && c.includes("学校")),
    found.join(" | "),
  );
  assert.ok(!found.some((c) => c.includes("重大利好")), found.join(" | "));
});

test("the words quoted from the report (对报告中“X”的表述) are the government's item, not the deputy's feeling", () => {
  const found = owners(extract(REVIEW, { year: 2024 }));
  assert.ok(found.includes("市政府:大力发展低空经济等未来产业"), found.join(" | "));
  assert.ok(!found.some((c) => c.includes("感触颇深")), found.join(" | "));
});

test("a party committee's decision a bureau head cites is the committee's commitment and strategy", () => {
  const text = `部门一把手谈落实

市规划局局长 张华：做好空间保障

“去年召开的市委八届三次全会作出了构建‘一核两翼’城市发展格局的决定，即以老城为‘一核’，以东区、西区为‘两翼’。”张华说，市规划局将保障新增建设用地5平方公里。
`;
  const e = extract(text, { year: 2023 });
  const found = owners(e);
  assert.ok(found.includes("市委:构建‘一核两翼’城市发展格局"), found.join(" | "));
  assert.ok(
    found.some((c) => c.startsWith("市规划局:") && c.includes("建设用地")),
    found.join(" | "),
  );
  assert.deepEqual(
    e.strategies.map((s) => `${s.unit}:${s.label}`),
    ["市委:一核两翼"],
  );
});

test("a report the document's own government gave (a district congress report) stays its own", () => {
  const text = `中国共产党桐溪区第五次代表大会开幕

报告提出，今后五年要高标准建设桐溪科学城，新建学校20所。
`;
  const found = owners(extract(text, { year: 2021 }));
  assert.ok(
    found.some((c) => c.startsWith("桐溪区:") && c.includes("桐溪科学城")),
    found.join(" | "),
  );
});

test("a 政府工作报告 with no level reviewed at a city congress is the city government's; its quoted forms", () => {
  const text = `两会特刊

——市人大石湖区代表团审议政府工作报告侧记

“报告提出，今年全市要完成农村危房改造5000户，让群众住得安心。”来自东岭镇的代表王明说，今年东岭镇将新建卫生院1所。

“报告里有一句话，‘全力推进“两城联创”’，这是全市的大事。”来自西坪镇的代表赵亮说，西坪镇将新建公园3个。

“报告把生态保护摆在突出位置，明确今年全市压减燃煤消费50万吨，我们坚决拥护。”来自南湾镇的代表孙丽说，南湾镇将关停小锅炉20台。
`;
  const e = extract(text, { year: 2024 });
  const found = owners(e);
  for (const key of ["农村危房改造", "两城联创", "压减燃煤消费"])
    assert.ok(
      found.some((c) => c.startsWith("市政府:") && c.includes(key)),
      `${key}: ${found.join(" | ")}`,
    );
  for (const [unit, key] of [
    ["东岭镇", "卫生院"],
    ["西坪镇", "公园"],
  ] as const)
    assert.ok(
      found.some((c) => c.startsWith(`${unit}:`) && c.includes(key)),
      `${key}: ${found.join(" | ")}`,
    );
  assert.deepEqual(
    e.targets.filter((t) => t.unit === "市政府").map((t) => t.value),
    [5000, 50],
  );
});

test("a paragraph opening 县政府工作报告明确，… is the county government's, its repeats quoted later too", () => {
  const e = extract(
    `委员热议政府工作报告

桐川县政协办公室\u30002024-02-10

2月9日，县政协委员分组讨论县政府工作报告。

县政府工作报告明确，今年全县将实施城区排涝工程，新建幼儿园4所。

县政协委员、县人民医院院长季安平说，县人民医院今年将新建胸痛中心。他说，报告提出新建幼儿园4所，回应了群众关切。
`,
    { year: 2024 },
  );
  assert.deepEqual(owners(e), [
    "县政府:今年全县将实施城区排涝工程",
    "县政府:新建幼儿园4所",
    "县人民医院:县人民医院今年将新建胸痛中心",
  ]);
});
