// Every error the API can answer is worded for people in both languages:
// each code of the server's catalogue and each validation rule has a
// Chinese and an English message in the web app (web/src/i18n/error-text.ts),
// every rule a service names is one of the list, and the words come out as
// the user should read them (a field's name and its rule, the 409 advice).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { ERRORS, VALIDATION_RULES } from "../../src/errors.ts";
import {
  ERROR_TEXT,
  IMPORT_NOTE_TEXT,
  IMPORT_PROBLEM_TEXT,
  RULE_TEXT,
  errorText,
  fieldName,
  importProblemText,
} from "../../web/src/i18n/error-text.ts";

const CJK = /[\u4e00-\u9fff]/;

test("every error code of the catalogue has a message in Chinese and in English", () => {
  for (const code of Object.keys(ERRORS)) {
    const words = (ERROR_TEXT as Record<string, { zh: string; en: string } | undefined>)[code];
    assert.ok(words, `no message for ${code}`);
    assert.match(words.zh, CJK, `${code}: the Chinese message is Chinese`);
    assert.ok(words.en.trim() && !CJK.test(words.en), `${code}: the English message is English`);
  }
});

test("every validation rule has a message in Chinese and in English", () => {
  for (const rule of VALIDATION_RULES) {
    const words = RULE_TEXT[rule];
    assert.ok(words, `no message for rule ${rule}`);
    assert.match(words.zh, CJK, rule);
    assert.ok(words.en.trim() && !CJK.test(words.en), rule);
  }
});

test("every rule a service or route names is in the list", () => {
  const named = new Set<string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (p.endsWith(".ts") && !p.endsWith(".test.ts"))
        for (const m of readFileSync(p, "utf8").matchAll(/\brule: "([a-z_]+)"/g)) named.add(m[1]!);
    }
  };
  walk(join(import.meta.dirname, "../../src"));
  assert.ok(named.size >= 8, `found ${[...named].join(", ")}`);
  for (const r of named)
    assert.ok((VALIDATION_RULES as readonly string[]).includes(r), `rule "${r}" is not listed`);
});

test("messages as the user reads them", () => {
  const stale = { status: 409, code: "stale_version", details: { entity: "commitment", current_version: 4 } };
  assert.equal(errorText("zh", stale), "此任务已被他人修改，请刷新后重试");
  assert.equal(errorText("en", stale), "This item was changed by someone else; reload and try again");
  assert.equal(
    errorText("zh", { ...stale, details: { entity: "user" } }),
    "此记录已被他人修改，请刷新后重试",
  );
  const date = { status: 400, code: "validation", field: "deadline", rule: "date" };
  assert.equal(errorText("zh", date), "完成时限：请按 YYYY-MM-DD 填写实际存在的日期");
  assert.equal(errorText("en", date), "Deadline: Enter a real date as YYYY-MM-DD");
  const short = { status: 400, code: "validation", field: "password", rule: "too_short", limit: 8 };
  assert.equal(errorText("zh", short), "密码：至少 8 个字符");
  // a rule that needs a limit the server did not send says only "not valid"
  assert.equal(errorText("zh", { ...short, limit: undefined }), "密码：填写有误");
  assert.equal(errorText("zh", { status: 418, code: "teapot" }), "请求失败（418）。");
  assert.equal(fieldName("zh", "cooperating_unit_ids"), "配合单位");
  assert.equal(fieldName("en", "no_such_field"), "no_such_field");
});

test("every problem and note code of the task-table preview has words in both languages", () => {
  const doc = JSON.parse(readFileSync(join(import.meta.dirname, "../../docs/openapi.json"), "utf8"));
  const row =
    doc.paths["/api/plans/{id}/task-table/preview"].post.responses["200"].content["application/json"].schema
      .properties.items.items.properties;
  const codes = (schema: { anyOf: { enum: string[] }[] }) => schema.anyOf.flatMap((s) => s.enum);
  const problems = codes(row.problems.items.properties.code);
  const notes = codes(row.notes.items.properties.code);
  assert.ok(problems.includes("bad_deadline") && notes.includes("item_closed"));
  for (const [list, table] of [
    [problems, IMPORT_PROBLEM_TEXT],
    [notes, IMPORT_NOTE_TEXT],
  ] as const) {
    for (const code of list) {
      const words = (table as Record<string, { zh: string; en: string } | undefined>)[code];
      assert.ok(words, `no words for ${code}`);
      assert.match(words.zh, CJK, code);
      assert.ok(words.en.trim(), code);
    }
  }
  assert.equal(
    importProblemText("zh", "unknown_unit", "市发改委"),
    "没有名为“市发改委”的单位（也不是某单位的别名），请先添加该单位或别名",
  );
  assert.equal(importProblemText("en", "not_in_plan", "12"), "This plan has no item 12");
});
