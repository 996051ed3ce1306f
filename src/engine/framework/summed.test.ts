// A count label written after the numbered headings it sums up (以上三个方面…即“三城共建”).
// Places and sentences are invented.
import { test } from "node:test";
import assert from "node:assert/strict";
import { summedMembers } from "./explained.ts";
import { extract } from "../extract.ts";

test("summedMembers reads the n numbered headings above a summing-up sentence", () => {
  const before = [
    { text: "（一）打造工贸强乡。", start: 0 },
    { text: "新建厂房。", start: 10 },
    { text: "（二）建设生态美乡。", start: 20 },
  ];
  assert.deepEqual(
    summedMembers("两乡并进", "以上两个方面，即“两乡并进”。", before)?.map((m) => [m.name, m.heading]),
    [
      ["工贸强乡", "打造工贸强乡"],
      ["生态美乡", "建设生态美乡"],
    ],
  );
  // The count must match the headings, and each must end in the label's head.
  assert.equal(summedMembers("三乡并进", "以上三个方面，即“三乡并进”。", before), null);
  assert.equal(summedMembers("两城并进", "以上两个方面，即“两城并进”。", before), null);
  // No summing-up opening: no members.
  assert.equal(summedMembers("两乡并进", "全乡要推进“两乡并进”。", before), null);
});

test("a township speech: the label after its headings is the framework, and the headings' sections align", () => {
  const e = extract(
    `柳溪乡第九次党代会报告

中共柳溪乡委员会书记 陈立平

各位代表：

二、今后五年的主要任务

（一）建设茶业强乡。新建有机茶园3000亩，培育茶叶龙头企业3家。

（二）建设康养名乡。打造温泉康养小镇，建设森林步道20公里。

（三）建设和美新乡。完成集镇污水管网改造，新建村级养老服务站6个。

以上三个方面，就是今后五年全乡发展的总体思路，即“三乡共建”。全乡要坚定推进“三乡共建”。
`,
    { year: 2021 },
  );
  assert.equal(e.framework?.name, "三乡共建");
  assert.deepEqual(
    e.framework?.goals.map((g) => g.name),
    ["茶业强乡", "康养名乡", "和美新乡"],
  );
  assert.ok(e.framework?.goals[0]!.aliases.includes("建设茶业强乡"));
  const goalsOf = (key: string) => e.commitments.find((c) => c.text.includes(key))?.goals.map((g) => g.name);
  assert.deepEqual(goalsOf("有机茶园"), ["茶业强乡"]);
  assert.deepEqual(goalsOf("森林步道"), ["康养名乡"]);
  assert.deepEqual(goalsOf("养老服务站"), ["和美新乡"]);
});

test("a duty report whose author carries its city's name (X市Y区) still declares its framework after the speaker's line", () => {
  const e = extract(
    `石湾区人民政府区长周明远履职情况报告

——2018年12月20日在云岭市石湾区第五届人民代表大会常务委员会第九次会议上

石湾区人民政府区长 周明远

各位委员：

一年来，我团结带领区政府一班人，围绕建设“三个石湾”——绿色石湾、智造石湾、幸福石湾，真抓实干。

明年，我将新建污水处理厂2座，培育智能制造企业10家。

附：常委会组成人员审议意见（摘要）

区人大常委会副主任郑丽华说，述职报告实事求是。建议区政府更加注重长效管护。

区人大常委会委员陈立认为，“三个石湾”思路清晰，但配套仍显不足。
`,
    { year: 2018 },
  );
  assert.equal(e.framework?.name, "三个石湾");
  assert.deepEqual(
    e.framework?.goals.map((g) => g.name),
    ["绿色石湾", "智造石湾", "幸福石湾"],
  );
});
