import { test } from "node:test";
import assert from "node:assert/strict";
import { turnLine } from "./turns.ts";

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
