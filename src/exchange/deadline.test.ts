import { test } from "node:test";
import assert from "node:assert/strict";
import { excelSerialDate, parseDeadline } from "./deadline.ts";

const date = (v: unknown, ref = 2023) => {
  const d = parseDeadline(v, ref);
  return d.kind === "date" ? d.date : d.kind;
};

test("Excel dates, serials and years", () => {
  assert.equal(date(new Date("2023-06-30T00:00:00Z")), "2023-06-30");
  assert.equal(excelSerialDate(45107), "2023-06-30");
  assert.equal(date(45107), "2023-06-30");
  assert.equal(date(44926), "2022-12-31");
  assert.equal(date(2025), "2025-12-31", "an integer that is a year is that year's end");
  assert.equal(parseDeadline(12, 2023).kind, "invalid");
});

test("written dates", () => {
  const cases: [string, string][] = [
    ["2023-06-30", "2023-06-30"],
    ["2023/6/30", "2023-06-30"],
    ["2023.6.30", "2023-06-30"],
    ["2023年6月30日前", "2023-06-30"],
    ["２０２３年６月底", "2023-06-30"],
    ["2023年6月前", "2023-06-30"],
    ["2023年6月", "2023-06-30"],
    ["2023年2月底", "2023-02-28"],
    ["2024年2月底", "2024-02-29"],
    ["2022年底", "2022-12-31"],
    ["2022年底前", "2022-12-31"],
    ["2022年年底", "2022-12-31"],
    ["2025年", "2025-12-31"],
    ["2025", "2025-12-31"],
    ["2023年上半年", "2023-06-30"],
    ["2023年下半年", "2023-12-31"],
    ["2023年三季度末", "2023-09-30"],
    ["2023年第3季度", "2023-09-30"],
    ["2023Q1", "2023-03-31"],
    ["三季度末", "2023-09-30"],
    ["一季度", "2023-03-31"],
    ["6月底前", "2023-06-30"],
    ["十二月底", "2023-12-31"],
    ["年底前", "2023-12-31"],
    ["2023—2025年", "2025-12-31"],
    ["2023-2025年", "2025-12-31"],
    ["2022年底前开工，2023年9月底建成", "2023-09-30"],
  ];
  for (const [text, want] of cases) assert.equal(date(text), want, text);
});

test("ongoing, empty and unreadable", () => {
  for (const t of ["长期坚持", "持续推进", "常态化推进", "长期"]) assert.equal(date(t), "ongoing", t);
  for (const t of ["", "  ", null, undefined, "—", "无"]) assert.equal(date(t), "none", String(t));
  const bad = parseDeadline("尽快", 2023);
  assert.equal(bad.kind, "invalid");
  assert.match((bad as { reason: string }).reason, /"尽快" is not a deadline/);
  assert.equal(date("2023年13月"), "invalid");
  assert.equal(date("2023-02-30"), "invalid");
});
