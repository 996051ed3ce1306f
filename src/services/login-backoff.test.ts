import { test } from "node:test";
import assert from "node:assert/strict";
import { isLantuError } from "../errors.ts";
import { LoginBackoff } from "./login-backoff.ts";

const waits = (b: LoginBackoff, name: string, now: number) => {
  try {
    b.check(name, now);
    return 0;
  } catch (e) {
    assert.ok(isLantuError(e) && e.code === "rate_limited");
    return (e.details as { retry_after: number }).retry_after;
  }
};

test("an account waits after five failures, doubling up to the cap; a success clears it", () => {
  const b = new LoginBackoff(5, 60_000);
  for (let i = 0; i < 4; i++) b.failed("Rep", 0);
  assert.equal(waits(b, "rep", 0), 0, "four failures cost nothing");
  b.failed("rep", 0);
  assert.equal(waits(b, "REP", 0), 1);
  assert.equal(waits(b, "rep", 1000), 0);
  b.failed("rep", 1000);
  assert.equal(waits(b, "rep", 1000), 2);
  for (let i = 0; i < 20; i++) b.failed("rep", 5000);
  assert.equal(waits(b, "rep", 5000), 60, "capped");
  assert.equal(waits(b, "other", 5000), 0, "other accounts are not affected");
  b.succeeded("rep");
  assert.equal(waits(b, "rep", 5000), 0);
});

test("the accounts remembered are capped, oldest forgotten first", () => {
  const b = new LoginBackoff(1, 60_000, 3);
  for (const name of ["a", "b", "c", "d"]) b.failed(name, 0);
  assert.equal(waits(b, "a", 0), 0);
  assert.equal(waits(b, "d", 0), 1);
});
