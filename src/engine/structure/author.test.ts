import { test } from "node:test";
import assert from "node:assert/strict";
import { foldText } from "../text/normalize.ts";
import { paragraphs } from "../text/segment.ts";
import { findAuthor, headParagraphs } from "./author.ts";
import { findPersonMentions } from "./roles.ts";

function authorOf(raw: string) {
  const text = foldText(raw);
  const author = findAuthor(headParagraphs(paragraphs(text)), findPersonMentions(text));
  return author && { name: author.name, level: author.level, evidence: text.slice(...author.span) };
}

const BODY =
  "现在，我代表区人民政府向大会报告工作，请予审议，并请区政协委员和其他列席人员提出意见。今年全区将新建学校3所。";

test("a government work report's title names its author", () => {
  assert.deepEqual(authorOf(`石湖区人民政府工作报告\n\n石湖区人民政府区长 邓卓\n\n${BODY}`), {
    name: "石湖区",
    level: "区",
    evidence: "石湖区",
  });
  assert.equal(authorOf(`石溪县政府工作报告（摘要）\n\n${BODY}`)?.name, "石溪县");
});

test("a party congress report names the place whose congress it is", () => {
  assert.equal(authorOf(`奋力谱写新篇章\n\n——中国共产党青溪区第五次代表大会开幕\n\n${BODY}`)?.name, "青溪区");
  assert.equal(authorOf(`青柳镇第三次党代会隆重开幕\n\n${BODY}`)?.name, "青柳镇");
});

test("a report titled only 政府工作报告 takes its author from the congress in its byline", () => {
  const byline = "——2025年1月8日在石湖区第三届人民代表大会第五次会议上";
  assert.equal(authorOf(`政府工作报告\n\n${byline}\n\n${BODY}`)?.name, "石湖区");
  assert.equal(
    authorOf(`政府工作报告\n\n——在石湖区第三届人民代表大会第五次会议上\n\n${BODY}`)?.name,
    "石湖区",
  );
});

test("an interview's byline names its subject's unit", () => {
  const found = authorOf(`挺起工业脊梁 建设美丽石溪\n——访石溪县委书记卢志远\n\n本报记者 何静\n\n${BODY}`);
  assert.deepEqual(found, { name: "石溪县", level: "县", evidence: "访石溪县委书记卢志远" });
});

test("a round-up of several speakers has no author", () => {
  const text =
    "代表畅谈新发展\n\n本报记者 林小满\n\n市第九次党代会胜利召开，与会代表结合各自实际，畅谈贯彻落实党代会精神的思路举措。\n\n" +
    "市党代会代表、石湖区委书记欧阳晓峰：做强先进制造\n";
  assert.equal(authorOf(text), null);
});

test("words that are not places do not make an author", () => {
  assert.equal(authorOf(`全区政府工作报告\n\n${BODY}`), null);
  assert.equal(authorOf(`我市政府工作报告\n\n${BODY}`), null);
});

test("a person named after the head is not a byline", () => {
  const text = `石湖发展新篇章\n\n${BODY}\n\n石溪县委书记卢志远说，全县将新建厂房。`;
  assert.equal(authorOf(text), null);
});

test("headParagraphs stops at the first long sentence, and after eight lines", () => {
  const text = foldText(`标题\n副标题\n本报记者 何静\n${BODY}\n后文`);
  assert.deepEqual(
    headParagraphs(paragraphs(text)).map((p) => p.text),
    ["标题", "副标题", "本报记者 何静"],
  );
  const many = Array.from({ length: 12 }, (_, i) => `第${i}行`).join("\n");
  assert.equal(headParagraphs(paragraphs(many)).length, 8);
});

test("an official letter's letterhead naming a department makes the department its author", () => {
  const reply = "我局将于今年汛前完成小型水库除险加固5座，同步建立水库安全运行管护机制，请予监督。";
  assert.deepEqual(authorOf(`柳川县水利局\n\n柳水函〔2024〕17号\n\n关于第0032号建议的答复\n\n${reply}`), {
    name: "柳川县水利局",
    level: null,
    evidence: "柳川县水利局",
  });
  assert.equal(
    authorOf(`芷川市住房和城乡建设局文件\n\n芷建发〔2024〕3号\n\n${reply}`)?.name,
    "芷川市住房和城乡建设局",
  );
  // With no document number a lone bureau line is no letterhead (a round-up may open on one).
  assert.equal(authorOf(`柳川县水利局\n\n关于第0032号建议的答复\n\n${reply}`), null);
});
