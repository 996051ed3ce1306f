// A system label of several counts whose pieces are explained (构建“一主两辅”现代产业体系：“一主”即A…).
// Places and sentences are invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { systemGoals } from "./system.ts";
import { extract } from "../extract.ts";

test("systemGoals: a declared system's explained pieces are its goals, a one-member piece the member's alias", () => {
  const text =
    "我们着力构建“一主三辅”现代产业体系：“一主”即智能家电制造，“三辅”即特色农产品加工、现代物流、全域旅游。";
  const at = text.indexOf("一主三辅");
  const goals = systemGoals(text, "一主三辅", at, text.length);
  assert.deepEqual(
    goals?.map((g) => [g.name, g.aliases]),
    [
      ["智能家电制造", ["一主"]],
      ["特色农产品加工", []],
      ["现代物流", []],
      ["全域旅游", []],
    ],
  );
});

test("systemGoals: a layout (布局) or a piece left unexplained is no system", () => {
  const layout = "全力构建“一核两翼”空间布局：“一核”即老城区，“两翼”即东部新城、西部新城。";
  assert.equal(systemGoals(layout, "一核两翼", layout.indexOf("一核两翼"), layout.length), null);
  const half = "着力构建“一主两辅”产业体系：“一主”即智能家电制造。";
  assert.equal(systemGoals(half, "一主两辅", half.indexOf("一主两辅"), half.length), null);
});

test("a county's explained industry system is its framework, and 在“一主”上 cues the first goal", () => {
  const e = extract(
    "杉口县招商推介会致辞\n\n杉口县县长　吴明远\n\n杉口县着力构建“一主两辅”现代产业体系：“一主”即智能家电制造，“两辅”即特色农产品加工、全域旅游。\n\n——在“一主”上，我们将新建标准厂房20万平方米，引进配套企业15家。\n\n——在全域旅游上，我们将建设溪谷康养小镇。\n",
    { year: 2024 },
  );
  assert.equal(e.framework?.name, "一主两辅");
  assert.deepEqual(
    e.framework?.goals.map((g) => g.name),
    ["智能家电制造", "特色农产品加工", "全域旅游"],
  );
  const goalsOf = (key: string) => e.commitments.find((c) => c.text.includes(key))?.goals.map((g) => g.name);
  assert.deepEqual(goalsOf("标准厂房"), ["智能家电制造"]);
  assert.deepEqual(goalsOf("康养小镇"), ["全域旅游"]);
});
