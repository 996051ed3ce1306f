import { test } from "node:test";
import assert from "node:assert/strict";
import { turnLine } from "./turns.ts";
import { extract } from "../extract.ts";

const names = ["贾文涛", "柯雨桐"];

test("turnLine: a bracketed line naming a registered person opens their turn", () => {
  assert.deepEqual(turnLine("【发布人 贾文涛】", names), { kind: "speaker", person: "贾文涛" });
  assert.deepEqual(turnLine("[嘉宾 柯雨桐]", names), { kind: "speaker", person: "柯雨桐" });
});

test("turnLine: the host's and a reporter's lines open turns of no speaker", () => {
  assert.deepEqual(turnLine("【主持人 贾文涛】", names), { kind: "host", person: "贾文涛" });
  assert.deepEqual(turnLine("【主持人】", names), { kind: "host", person: null });
  assert.deepEqual(turnLine("【梧州晚报记者】", names), { kind: "question" });
  assert.deepEqual(turnLine("【记者】", names), { kind: "question" });
});

test("turnLine: furniture and ordinary lines open no turn", () => {
  assert.equal(turnLine("【打印本页】【关闭窗口】", names), null);
  assert.equal(turnLine("【新闻链接】", names), null);
  assert.equal(turnLine("贾文涛：今年将新建学校3所。", names), null);
});

test("a turn written on its line with a role label (发布人 某某：) is that speaker's; a host's (主持人 某某：) is no one's", () => {
  const e = extract(
    "岚州市2024年重点项目新闻发布会\n\n发布人 王立新（市发展改革委主任）\n发布人 李红（市交通运输局局长）\n\n主持人 赵敏：请李局长介绍交通项目，我们将新建农村公路多少公里？\n\n发布人 王立新：今年全市安排重点项目300个。\n\n发布人 李红：今年将新建农村公路500公里。\n\n主持人 赵敏：下面将开展记者提问。\n",
    { year: 2024 },
  );
  assert.deepEqual(
    e.commitments.map((c) => [c.unit, c.text]),
    [
      ["市发展改革委", "今年全市安排重点项目300个"],
      ["市交通运输局", "今年将新建农村公路500公里"],
    ],
  );
});
