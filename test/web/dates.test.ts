// Days as the web app types them: YYYY-MM-DD of a day that exists (the API's
// own test), other spellings read as the day they name, and the plan-period
// check behind the deadline's confirmation.
import { test } from "node:test";
import assert from "node:assert/strict";
import { isDay, normalizeDay, outsidePeriod, todayIso } from "../../web/src/lib/dates.ts";

test("isDay: a real day as YYYY-MM-DD, nothing else", () => {
  for (const d of ["2024-02-29", "2027-12-31", "1900-01-01"]) assert.ok(isDay(d), d);
  for (const d of ["2023-02-29", "2024-13-01", "2024-6-30", "2024/06/30", "30.06.2024", "", "2400-01-01"])
    assert.ok(!isDay(d), d);
});

test("normalizeDay: slashes, dots and 年月日 become ISO; anything else is left to be refused", () => {
  assert.equal(normalizeDay("2024/6/30"), "2024-06-30");
  assert.equal(normalizeDay(" 2024.06.3 "), "2024-06-03");
  assert.equal(normalizeDay("2024年6月30日"), "2024-06-30");
  assert.equal(normalizeDay("6/30/2024"), "6/30/2024");
});

test("outsidePeriod: before the first year or after the last; an unknown end is no limit", () => {
  const p = { from: 2022, to: 2027 };
  assert.equal(outsidePeriod("2022-01-01", p), false);
  assert.equal(outsidePeriod("2027-12-31", p), false);
  assert.equal(outsidePeriod("2021-12-31", p), true);
  assert.equal(outsidePeriod("2028-01-01", p), true);
  assert.equal(outsidePeriod("2090-01-01", { from: 2022, to: null }), false);
});

test("todayIso: the local calendar day", () => {
  assert.equal(todayIso(new Date(2026, 0, 5, 23, 59)), "2026-01-05");
});
