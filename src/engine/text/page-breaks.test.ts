import { test } from "node:test";
import assert from "node:assert/strict";
import { blankPageBreaks } from "./page-breaks.ts";
import { extract } from "../extract.ts";

// An invented notice converted from PDF: two page breaks, each with the running header.
const NOTICE = `梅岭县2019年度重点工作任务

1.新建乡村公路
— 2 —
梅岭县2019年度重点工作任务
45公里，改造危桥6座。

2.新建公办幼儿园4所。
— 3 —
梅岭县2019年度重点工作任务
3.新增城镇就业2000人以上。
`;

test("a page break inside a sentence is blanked with its header, and the sentence reads on", () => {
  const out = blankPageBreaks(NOTICE);
  assert.equal(out.length, NOTICE.length);
  const lines = out
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
  assert.deepEqual(lines, [
    "梅岭县2019年度重点工作任务",
    "1.新建乡村公路" + " ".repeat(out.indexOf("45") - out.indexOf("路") - 1) + "45公里，改造危桥6座。",
    "2.新建公办幼儿园4所。",
    "3.新增城镇就业2000人以上。",
  ]);
});

test("no page number, no change", () => {
  const text = "一、总体要求\n坚持稳中求进。\n— 引言 —\n";
  assert.equal(blankPageBreaks(text), text);
});

test("a notice issuing a year's task list: the figures across a page break are that year's goals", () => {
  const text = `梅岭县人民政府文件

关于印发梅岭县2019年度重点工作任务的通知

各乡镇人民政府：现将任务印发给你们，请认真贯彻落实。

${NOTICE}`;
  const x = extract(text, { year: 2019 });
  assert.equal(x.document.title, "梅岭县2019年度重点工作任务");
  assert.deepEqual(
    x.targets.map((t) => `${t.metric} ${t.value}${t.unit_of_measure} ${t.by_year} ${t.baseline}`),
    [
      "乡村公路 45公里 2019 false",
      "改造危桥 6座 2019 false",
      "公办幼儿园 4所 2019 false",
      "城镇就业 2000人 2019 false",
    ],
  );
});
