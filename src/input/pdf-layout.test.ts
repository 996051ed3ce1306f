import { test } from "node:test";
import assert from "node:assert/strict";
import { isPageNumber, joinWords, pageText, type TextRun } from "./pdf-layout.ts";

const run = (str: string, x: number, y: number, width = str.length * 10, height = 10): TextRun => ({
  str,
  x,
  y,
  width,
  height,
});
const space = (x: number, y: number): TextRun => ({ str: " ", x, y, width: 2, height: 0 });

test("a wrapped paragraph is one line; a short line ends its paragraph", () => {
  const runs = [
    run("一、总体要求", 72, 760),
    run("区里要在今年建成服务平台，完善", 92, 740, 280),
    run("配套设施。", 72, 725),
    run("区里要新建幼儿园。", 92, 705),
  ];
  assert.equal(
    pageText(runs, 400),
    "一、总体要求\n区里要在今年建成服务平台，完善配套设施。\n区里要新建幼儿园。",
  );
  // Without the page's width one full line is no evidence of a text block.
  assert.equal(
    pageText(runs),
    "一、总体要求\n区里要在今年建成服务平台，完善\n配套设施。\n区里要新建幼儿园。",
  );
});

test("a full line ending a sentence, or followed by an indented line, is not glued", () => {
  const text = pageText(
    [
      run("区里要完成这项工作任务。", 72, 740, 300),
      run("区里要做另一项。", 72, 725),
      run("区里要继续推进工作落实", 72, 705, 300),
      run("新的段落。", 92, 690),
    ],
    400,
  );
  assert.equal(text, "区里要完成这项工作任务。\n区里要做另一项。\n区里要继续推进工作落实\n新的段落。");
});

test("typesetting spaces between Chinese and digits go; spaces inside a run and between Latin words stay", () => {
  const text = pageText([
    run("在", 72, 700, 10),
    space(82, 700),
    run("2026", 84, 700, 25),
    space(109, 700),
    run("年底前 建成", 111, 700, 60),
    run("GDP", 72, 680, 30),
    space(102, 680),
    run("growth", 104, 680, 40),
  ]);
  assert.equal(text, "在2026年底前 建成\nGDP growth");
});

test("lines come top to bottom whatever the stream order; runs of a line left to right", () => {
  const text = pageText([run("第二行", 72, 700), run("右", 200, 720), run("第一行", 72, 720)]);
  assert.equal(text, "第一行右\n第二行");
});

test("page-number headers and footers are dropped", () => {
  assert.equal(pageText([run("- 3 -", 280, 800), run("正文。", 72, 700), run("— 4 —", 280, 40)]), "正文。");
  for (const n of ["3", "- 3 -", "—12—", "第 3 页", "3 / 12"]) assert.ok(isPageNumber(n), n);
  for (const t of ["3.", "2026年", "一、总体要求"]) assert.ok(!isPageNumber(t), t);
});

test("OCR words join without spaces beside Chinese", () => {
  assert.equal(joinWords(["建成", "2026", "年", "GDP", "growth"]), "建成2026年GDP growth");
});
