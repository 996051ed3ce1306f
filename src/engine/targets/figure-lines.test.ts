// An infographic's figure lines under a decorated heading. Every place and figure is invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extract } from "../extract.ts";

const REVIEW = `桃源镇2025年终盘点

桃源发布 2025年12月30日

这一年，我们交出了怎样的答卷？一起来看。

🔥 数说2025 🔥

📈 经济总量
46.8亿元
地区生产总值（预计）
同比增长5.9%

🏭 工业
新增规上工业企业12家

▲桃源工业园（资料图）
`;

test("an infographic's lines state the year's figures, a bare figure counting the label below it", () => {
  const x = extract(REVIEW, { year: 2025 });
  const line = (t: (typeof x.targets)[number]) =>
    `${t.unit} ${t.metric} ${t.value} ${t.value_kind} ${t.by_year} ${t.baseline}`;
  assert.deepEqual(x.targets.map(line), [
    "桃源镇 地区生产总值 46.8 absolute 2025 true",
    "桃源镇 地区生产总值 5.9 growth_rate 2025 true",
    "桃源镇 规上工业企业 12 absolute 2025 true",
  ]);
  // What was done is no commitment.
  assert.deepEqual(x.commitments, []);
});
