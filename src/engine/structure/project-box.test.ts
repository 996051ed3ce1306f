import { test } from "node:test";
import assert from "node:assert/strict";
import { extract } from "../extract.ts";

// An invented plan chapter with a box of projects.
const CHAPTER = `枫林区“十四五”规划纲要

第四章 壮大现代服务业

建设区域物流枢纽，新建冷链仓储设施10万平方米。

专栏2 现代服务业重点项目
（1）枫林港物流园：占地1200亩，建设多式联运中心，总投资45亿元。
（2）城西数字商务区：建设甲级写字楼和会展中心，总投资30亿元。

第五章 提升城市品质
`;

test("a box of projects: each project is one commitment, its name; its describing figures are no goals", () => {
  const x = extract(CHAPTER, { year: 2021 });
  assert.deepEqual(
    x.commitments.map((c) => c.text),
    ["建设区域物流枢纽", "新建冷链仓储设施10万平方米", "枫林港物流园", "城西数字商务区"],
  );
  assert.deepEqual(
    x.targets.map((t) => `${t.metric} ${t.value}${t.unit_of_measure}`),
    ["冷链仓储设施 10万平方米"],
  );
});
