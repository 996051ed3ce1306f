import { test } from "node:test";
import assert from "node:assert/strict";
import { htmlToText } from "./html-to-text.ts";
import { isLantuError } from "../errors.ts";
import { SAMPLE_LINES, SAMPLE_TEXT } from "../../test/fixtures/input/sample.ts";

test("one line per paragraph: the sample page reads as the sample text", () => {
  const html = `<html><body>${SAMPLE_LINES.map((l) => `<p>${l}</p>`).join("\n")}</body></html>`;
  assert.equal(htmlToText(html), SAMPLE_TEXT);
});

test("scripts, styles, comments, the title and hidden elements are dropped", () => {
  const html = `<!DOCTYPE html><html><head><title>标题不显示</title>
    <style>p { color: red } /* <p>样式</p> */</style>
    <script>document.write("<p>脚本</p>"); if (a < b) {}</script></head>
    <body><!-- <p>注释</p> --><p>正文</p><noscript>请启用脚本</noscript>
    <div hidden>隐藏一</div><span style="color:red; display: none !important">隐藏二</span>
    <template><p>模板</p></template><p>结尾</p></body></html>`;
  assert.equal(htmlToText(html), "正文\n结尾\n");
});

test("entities are decoded, named and numeric", () => {
  const html =
    "<p>A&amp;B &lt;规划&gt; &quot;引号&quot; &#20013;&#x6587; &ldquo;七大都市&rdquo;&nbsp;2024</p>";
  assert.equal(htmlToText(html), 'A&B <规划> "引号" 中文 “七大都市” 2024\n');
});

test("nested blocks give one line each and no blank lines", () => {
  const html = `<div><section><h1>总标题</h1><article><div><p>第一段</p><div>第二段<p>内层段</p>段后文字</div></div>
    </article></section><ul><li>一<li>二 <b>加粗</b><i>斜体</i></ul><h3>小标题</h3>行一<br>行二<br/><br>行三</div>`;
  assert.equal(
    htmlToText(html),
    "总标题\n第一段\n第二段\n内层段\n段后文字\n一\n二 加粗斜体\n小标题\n行一\n行二\n行三\n",
  );
});

test("a table gives one line per row, cells separated by a tab", () => {
  const html =
    "<table><tr><th>序号</th><th> 任务内容 </th><th>牵头单位</th></tr><tr><td>1</td><td>建设临空经济区</td><td>道里区</td></tr></table>";
  assert.equal(htmlToText(html), "序号\t任务内容\t牵头单位\n1\t建设临空经济区\t道里区\n");
});

test("white space collapses; a source line break inside Chinese text vanishes", () => {
  const html = "<p>  哈尔滨市\n   打造“七大都市”，\n  建设   new\n  city  </p>";
  assert.equal(htmlToText(html), "哈尔滨市打造“七大都市”，建设 new city\n");
});

test("ideographic-space indentation is kept, as in the text version", () => {
  assert.equal(htmlToText("<p>　　我区将建设科技创新城。</p>"), "　　我区将建设科技创新城。\n");
});

test("preformatted text keeps its spaces and line breaks", () => {
  assert.equal(htmlToText("<pre>\n目标  2024\n任务  2025</pre>"), "目标  2024\n任务  2025\n");
});

test("a fragment without html or body works, and a page without text is empty", () => {
  assert.equal(htmlToText("只有文字"), "只有文字\n");
  assert.equal(htmlToText("<html><head><script>x()</script></head><body> <p> </p></body></html>"), "");
});

test("unclosed and stray tags do not lose text", () => {
  assert.equal(htmlToText("<p>一<p>二</span></div><div>三"), "一\n二\n三\n");
});

test("elements nested past the depth limit are refused with a clear error, not parsed in quadratic time", () => {
  assert.throws(
    () => htmlToText("<div>层".repeat(50_000)),
    (e: unknown) =>
      isLantuError(e) &&
      e.code === "file_too_complex" &&
      /HTML elements nest more than 1000 deep \(unclosed <div> tags\?\)/.test(e.message),
  );
  assert.throws(() => htmlToText("<span><b>" + "<i>字".repeat(2_000)), /nest more than 1000 deep/);
});

test("the depth limit counts open elements only: closed, void and implicitly closed ones never add up", () => {
  const flat = "<div><span>段</span><br><img src=x></div>".repeat(20_000);
  assert.equal(htmlToText(flat).split("\n").length - 1, 20_000);
  // Unclosed <p> and <li> are closed by the next one, as browsers do.
  assert.equal(htmlToText("<p>段".repeat(5_000)).split("\n").length - 1, 5_000);
  assert.equal(htmlToText("<ul>" + "<li>项".repeat(5_000) + "</ul>").split("\n").length - 1, 5_000);
  assert.equal(htmlToText("<div>层".repeat(999)).split("\n").length - 1, 999);
});
