import { test } from "node:test";
import assert from "node:assert/strict";
import { formField } from "./form-fields.ts";

test("a form's field lines: owner, asker and reply fields from the lexicon, others as other", () => {
  assert.deepEqual(formField("【办理单位】柳川市水利局"), { kind: "owner", value: "柳川市水利局" });
  assert.deepEqual(formField("【留言内容】"), { kind: "asker", value: "" });
  assert.deepEqual(formField("【回复内容】您好！"), { kind: "reply", value: "您好！" });
  assert.deepEqual(formField("【回复时间】2024-03-20\u3000\u3000【回复编号】A-1"), {
    kind: "other",
    value: "2024-03-20",
  });
  assert.equal(formField("【发布人 韩立新】"), null);
  assert.equal(formField("办理单位：柳川市水利局"), null);
});
