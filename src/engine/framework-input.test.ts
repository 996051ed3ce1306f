import { test } from "node:test";
import assert from "node:assert/strict";
import { LantuError } from "../errors.ts";
import { parseFrameworkInput } from "./framework-input.ts";

test("a valid framework file is read, names trimmed", () => {
  assert.deepEqual(
    parseFrameworkInput({
      name: " 三大高地 ",
      goals: [
        { name: " 科创高地", aliases: ["科创"], subjects: ["孵化器"] },
        { id: "g9", name: "开放高地" },
      ],
    }),
    {
      name: "三大高地",
      goals: [
        { id: undefined, name: "科创高地", aliases: ["科创"], subjects: ["孵化器"] },
        { id: "g9", name: "开放高地", aliases: undefined, subjects: undefined },
      ],
    },
  );
});

test("a malformed framework file is refused with bad_framework and names the problem", () => {
  const bad: [unknown, RegExp][] = [
    [null, /must be an object/],
    [[], /must be an object/],
    ["三大高地", /must be an object/],
    [{ goals: [{ name: "科创高地" }] }, /"name"/],
    [{ name: "  ", goals: [{ name: "科创高地" }] }, /"name"/],
    [{ name: "三大高地" }, /"goals"/],
    [{ name: "三大高地", goals: [] }, /"goals"/],
    [{ name: "三大高地", goals: ["科创高地"] }, /goals\[0\] must be an object/],
    [{ name: "三大高地", goals: [{ name: "" }] }, /goals\[0\]\.name/],
    [
      { name: "三大高地", goals: [{ name: "科创高地" }, { name: "开放高地", aliases: "开放" }] },
      /goals\[1\]\.aliases/,
    ],
    [{ name: "三大高地", goals: [{ name: "科创高地", subjects: [1] }] }, /goals\[0\]\.subjects/],
    [{ name: "三大高地", goals: [{ name: "科创高地", id: 1 }] }, /goals\[0\]\.id/],
  ];
  for (const [json, message] of bad) {
    assert.throws(
      () => parseFrameworkInput(json, "gaodi.json"),
      (err: unknown) =>
        err instanceof LantuError &&
        err.code === "bad_framework" &&
        err.message.startsWith("gaodi.json: ") &&
        message.test(err.message),
      JSON.stringify(json),
    );
  }
});
