import { test } from "node:test";
import assert from "node:assert/strict";
import { foldText } from "./normalize.ts";

test("folding keeps the length, so offsets into the folded text are offsets into the original", () => {
  const samples = [
    "石湖区将新建学校3所, 改造道路5条; 目标:100%!",
    "全年增长６．５％（预计）\r\n第二行\t制表",
    '他说:"我们要建设"五区"。"\n"新的一行"',
    "\ufeff标题\u00a0正文\u3000全角空格",
    "emoji 😀 与汉字混排，２０２５年",
    "",
  ];
  for (const s of samples) assert.equal(foldText(s).length, s.length, s);
});

test("half-width punctuation becomes the full-width Chinese form", () => {
  assert.equal(foldText("甲,乙;丙:丁!戊?(己)"), "甲，乙；丙：丁！戊？（己）");
  assert.equal(foldText("〔2025〕1号"), "（2025）1号");
  assert.equal(foldText("﹐﹔﹕"), "，；：");
});

test("full-width digits, letters and number signs become ASCII", () => {
  assert.equal(foldText("２０２７年达到３．５％"), "2027年达到3.5%");
  assert.equal(foldText("ＡＢｃ＋１－２～３"), "ABc+1-2~3");
});

test("odd white space becomes a plain space, line breaks stay", () => {
  assert.equal(foldText("甲\u3000乙\t丙\u00a0丁"), "甲 乙 丙 丁");
  assert.equal(foldText("\ufeff标题\r\n正文"), " 标题 \n正文");
});

test("straight double quotes alternate open and close, restarting on each line", () => {
  assert.equal(foldText('实施"强链"行动和"补链"工程'), "实施“强链”行动和“补链”工程");
  // An unbalanced quote on one line does not flip the next line's quotes.
  assert.equal(foldText('他说:"今年\n实施"双招双引"'), "他说：“今年\n实施“双招双引”");
  assert.equal(foldText("＂全角＂"), "“全角”");
});

test("corner brackets fold to curly quotes, Chinese quotes are kept", () => {
  assert.equal(foldText("「一城」『两区』"), "“一城”‘两区’");
  assert.equal(foldText("“五城”‘三带’"), "“五城”‘三带’");
});

test("text with nothing to fold comes back unchanged", () => {
  const s = "市党代会代表、石湖区委书记欧阳晓峰：做强先进制造";
  assert.equal(foldText(s), s);
});

test("a year written in Chinese digits reads as ASCII digits, same length", () => {
  assert.equal(foldText("总结二〇〇六年工作，部署二○○七年任务"), "总结2006年工作，部署2007年任务");
  assert.equal(foldText("一九九八年以来"), "1998年以来");
  // Not a year: a count of years, or a longer run of digits.
  assert.equal(foldText("三五年内，一二三四五年"), "三五年内，一二三四五年");
  assert.equal(foldText("十二〇〇六年"), "十二〇〇六年");
});
