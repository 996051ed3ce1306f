import { test } from "node:test";
import assert from "node:assert/strict";
import type { Strategy } from "../types.ts";
import { StrategyWords } from "./strategy-words.ts";

const strategy = (label: string, parts: string[]): Strategy => ({ unit: null, label, parts, span: [0, 0] });

const WORDS = new StrategyWords([
  strategy("四个一批", ["招引一批", "建设一批"]),
  strategy("双招双引", ["招商", "招才"]),
]);
const executes = (text: string, from = 0, to = text.length) => WORDS.executes(text, from, to);

test("a clause executes a strategy that it names by label", () => {
  assert.ok(executes("深入实施四个一批"));
});

test("a clause executes a strategy that it names by two of its parts", () => {
  assert.ok(executes("招引一批、建设一批重大项目"));
  assert.ok(executes("坚持招商与招才并重"));
  assert.ok(!executes("招引一批重大项目"));
  // One part of each of two strategies is no strategy.
  assert.ok(!executes("招引一批项目，加强招商"));
});

test("only words wholly inside the clause count", () => {
  const text = "统筹推进；深入实施四个一批";
  assert.ok(!executes(text, 0, 4));
  assert.ok(!executes(text, 5, text.length - 1));
  assert.ok(executes(text, 5, text.length));
});

test("no strategies, no execution", () => {
  assert.ok(!new StrategyWords([]).executes("深入实施四个一批", 0, 8));
});
