// A normative text's measures (第X条 …): support rules, its preamble and its closing provisions.
// Places, bodies and figures are invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extract } from "../extract.ts";

const MEASURES = `桐溪市促进制造业发展若干措施

为加快建设先进制造业强市，着力打造一流产业生态，结合我市实际，制定如下措施。

第一条 支持企业升级。对年营业收入首次突破20亿元的制造业企业，一次性给予企业经营团队80万元奖励，单个企业最高不超过150万元。力争到2025年全市规上工业企业达到900家。

第二条 强化用地保障。新建标准厂房40万平方米。

本措施自印发之日起施行，有效期三年。本措施由市工信局负责解释。
`;

test("a support rule is one commitment, its beneficiary joined to the benefit; its terms are no targets", () => {
  const x = extract(MEASURES, { year: 2023 });
  const texts = x.commitments.map((c) => c.text);
  assert.ok(
    texts.includes("对年营业收入首次突破20亿元的制造业企业，一次性给予企业经营团队80万元奖励"),
    texts.join(" | "),
  );
  const figures = x.targets.map((t) => t.value);
  assert.ok(!figures.includes(20) && !figures.includes(80) && !figures.includes(150), figures.join(" "));
  // A goal in the same article is still one.
  assert.ok(x.targets.some((t) => t.value === 900 && t.by_year === 2025));
  assert.ok(x.targets.some((t) => t.value === 40));
});

test("the preamble's aims and the closing provisions hold no commitment", () => {
  const texts = extract(MEASURES, { year: 2023 }).commitments.map((c) => c.text);
  assert.ok(
    !texts.some((t) => t.includes("产业生态") || t.includes("负责解释") || t.includes("施行")),
    texts.join(" | "),
  );
  assert.ok(
    texts.some((t) => t.includes("新建标准厂房")),
    texts.join(" | "),
  );
});
