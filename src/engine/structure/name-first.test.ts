import { test } from "node:test";
import assert from "node:assert/strict";
import { extract } from "../index.ts";

const TEXT =
  "代表发言摘登\n\n" +
  "朱明远（青溪区委书记）：今年青溪区将新建学校3所，改造老旧小区20个。\n\n" +
  "钱晓雯（白沙镇党委书记）：我们将建设冷链物流中心，新建高标准农田1万亩。\n";

test("a name before its posts in brackets is a speaker", () => {
  const x = extract(TEXT, { year: 2024 });
  assert.deepEqual(
    x.speakers.map((s) => [s.person, s.units]),
    [
      ["朱明远", ["青溪区"]],
      ["钱晓雯", ["白沙镇"]],
    ],
  );
});

test("a role line that carries the speech itself is not a headline", () => {
  const x = extract(TEXT, { year: 2024 });
  const byUnit = (u: string) => x.commitments.filter((c) => c.unit === u).map((c) => c.text);
  assert.ok(byUnit("青溪区").some((t) => t.includes("老旧小区")));
  assert.ok(byUnit("白沙镇").some((t) => t.includes("冷链物流中心")));
});
