import { test } from "node:test";
import assert from "node:assert/strict";
import { tableCells } from "./table-cells.ts";

test("cells split at tabs, wide spaces and bars, trimmed, with offsets into the whole text", () => {
  const text = "标题\n指标\t2024年  2026年｜ 属性 |备注\u3000 \n";
  const start = text.indexOf("指标");
  const end = text.indexOf("\n", start);
  const cells = tableCells(text, start, end);
  assert.deepEqual(
    cells.map((c) => c.text),
    ["指标", "2024年", "2026年", "属性", "备注"],
  );
  for (const c of cells) assert.equal(text.slice(c.start, c.end), c.text);
});

test("a line without a gap is one cell; an empty line none", () => {
  assert.deepEqual(
    tableCells("新建学校3所", 0, 6).map((c) => c.text),
    ["新建学校3所"],
  );
  assert.deepEqual(tableCells("   ", 0, 3), []);
});
