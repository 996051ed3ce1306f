import { test } from "node:test";
import assert from "node:assert/strict";
import { PEOPLE, SURNAMES, alternation, escapeRegExp, longestFirst } from "./lexicon.ts";

test("longestFirst sorts longer words first and drops repeats", () => {
  assert.deepEqual(longestFirst(["书记", "党工委副书记", "副书记", "书记"]), [
    "党工委副书记",
    "副书记",
    "书记",
  ]);
});

test("an alternation prefers the longest word and treats metacharacters literally", () => {
  const re = new RegExp(alternation(["书记", "副书记", "党工委副书记"]));
  assert.equal(re.exec("哈尔滨新区党工委副书记肖某")![0], "党工委副书记");
  assert.equal(escapeRegExp("4+4(1.0)"), "4\\+4\\(1\\.0\\)");
  assert.ok(new RegExp(alternation(["4+4"])).test("我市4+4体系"));
  assert.ok(!new RegExp(alternation(["4+4"])).test("我市44体系"));
});

test("the word lists are loaded", () => {
  assert.ok(PEOPLE.titles.includes("区长"));
  assert.ok(PEOPLE.speechVerbs.includes("说"));
  assert.ok(SURNAMES.single.includes("欧"));
  assert.ok(SURNAMES.double.includes("欧阳"));
});
