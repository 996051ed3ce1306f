import { test } from "node:test";
import assert from "node:assert/strict";
import { frameworkFromInput } from "./supplied.ts";

test("a supplied framework gets ids, aliases from its names and keeps its subjects", () => {
  const fw = frameworkFromInput({
    name: "三大高地",
    goals: [
      { name: "科创高地", aliases: ["科创"], subjects: ["孵化器"] },
      { id: "open", name: "开放之城" },
      { name: "城乡提质攻坚" },
    ],
  });
  assert.equal(fw.name, "三大高地");
  assert.equal(fw.source, "supplied");
  assert.equal(fw.span, undefined);
  assert.deepEqual(
    fw.goals.map((g) => [g.id, g.name, g.aliases, g.subjects]),
    [
      ["g1", "科创高地", ["科创"], ["孵化器"]],
      ["open", "开放之城", ["开放"], []],
      ["g3", "城乡提质攻坚", ["城乡提质"], []],
    ],
  );
});

test("aliases are not repeated", () => {
  const fw = frameworkFromInput({
    name: "五城",
    goals: [{ name: "开放之城", aliases: ["开放", "开放之城"] }],
  });
  assert.deepEqual(fw.goals[0]!.aliases, ["开放", "开放之城"]);
});
