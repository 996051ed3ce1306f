// A study tour's report. Every place, person, figure and sentence here is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extract } from "../extract.ts";
import { isVisitReport, visitPart } from "./visit-report.ts";
import { leadSubject } from "./units.ts";

const REPORT = `关于赴梅岭市考察学习县域工业发展情况的报告

县委、县政府：

为学习借鉴先进地区经验，6月3日至6日，县长带领有关部门负责同志一行12人赴梅岭市考察学习。考察团先后走访了6家企业。

一、考察学习的基本情况

（一）梅岭市：以“亩产论英雄”推动转型

梅岭市2018年地区生产总值达到1500亿元，全面推行“标准地+承诺制”供地，建成小微企业园30个。

二、几点启示

2018年，我县规上工业增加值仅为21.5亿元，亩均税收不足6万元，“招不来、留不住”的问题依然存在。

三、下一步工作建议

（一）推行亩均效益评价。建议借鉴梅岭做法，今年下半年在全县开展工业企业亩均效益综合评价，力争盘活低效用地1000亩以上。

（二）建设小微企业园。由县国投公司牵头，规划建设柏溪小微企业园，2020年底前建成标准厂房8万平方米。

柏溪县赴梅岭考察学习团
2019年6月20日
`;

test("a study tour's title names the places visited, and its first-level headings its parts", () => {
  const line = (text: string) => ({ index: 0, start: 0, end: text.length, text });
  assert.ok(isVisitReport([line("关于赴梅岭市、桃江市考察学习民营经济发展情况的报告")]));
  assert.ok(!isVisitReport([line("柏溪县关于民营经济发展情况的报告")]));
  assert.equal(visitPart("三、下一步工作建议"), "plan");
  assert.equal(visitPart("二、几点启示"), "lessons");
  assert.equal(visitPart("一、考察学习的基本情况"), "seen");
  assert.equal(visitPart("（一）梅岭市：以亩产论英雄"), null);
});

test("a visit report is its signer's: what was seen elsewhere is nobody's, the lessons give baselines, the proposals the plan", () => {
  const x = extract(REPORT, { year: 2019 });
  assert.ok(
    x.units.every((u) => !u.name.includes("梅岭")),
    x.units.map((u) => u.name).join(","),
  );
  const targets = x.targets.map(
    (t) => `${t.unit} ${t.comparator}${t.value}${t.unit_of_measure} ${t.baseline}`,
  );
  assert.deepEqual(targets, [
    "柏溪县 =21.5亿元 true",
    "柏溪县 <=6万元 true",
    "柏溪县 >=1000亩 false",
    "县国投公司 =8万平方米 false",
  ]);
  const commitments = x.commitments.map((c) => `${c.unit} ${c.text}`);
  assert.ok(
    commitments.some((c) => c.startsWith("柏溪县") && c.includes("亩均效益综合评价")),
    commitments.join(" | "),
  );
  assert.ok(
    commitments.some((c) => c.startsWith("县国投公司") && c.includes("小微企业园")),
    commitments.join(" | "),
  );
  // The journey, the visited place's practices and the lessons' slogans are no plan.
  assert.ok(!commitments.some((c) => /走访|标准地|小微企业园30个/.test(c)), commitments.join(" | "));
  assert.deepEqual(x.strategies, []);
});

test("由X牵头，… names the body that leads the task", () => {
  assert.equal(leadSubject("由县国投公司牵头，规划建设小微企业园"), "县国投公司");
  assert.equal(leadSubject("由市交通运输局负责，新建公交站台50个"), "市交通运输局");
  assert.equal(leadSubject("由县委牵头，统筹推进"), null);
  assert.equal(leadSubject("由此可见，差距明显"), null);
});
