import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import {
  COMMITMENT_COLUMNS,
  DATASETS,
  PROGRESS_COLUMNS,
  toCsv,
  toOpenDataJson,
  type ProgressRecord,
} from "./open-data.ts";

const report: ProgressRecord = {
  id: 1,
  commitment_id: 7,
  target_id: null,
  unit: "南岗区",
  period: "2023Q1",
  narrative: '主体完工，"提前"交付\n下一步：装修',
  figure: null,
  complete: false,
  evidence_links: ["https://a.example/1", "https://a.example/2"],
  reported_at: "2023-03-30T08:00:00.000Z",
};

test("CSV: BOM, header of column names, RFC 4180 quoting, lists joined, CRLF", () => {
  const csv = toCsv(PROGRESS_COLUMNS, [report, { ...report, id: 2, narrative: "=1+1", complete: true }]);
  assert.ok(csv.startsWith("\uFEFFid,commitment_id,target_id,unit,period,"));
  const lines = csv.slice(1).split("\r\n");
  assert.equal(
    lines[1],
    '1,7,,南岗区,2023Q1,"主体完工，""提前""交付\n下一步：装修",,false,https://a.example/1 https://a.example/2,2023-03-30T08:00:00.000Z',
  );
  assert.match(lines[2]!, /^2,7,,南岗区,2023Q1,'=1\+1,,true,/, "a formula-looking text is kept as text");
  assert.equal(lines.at(-1), "", "ends with a line break");
});

test("JSON: metadata, column descriptions and records", () => {
  const json = JSON.parse(
    toOpenDataJson(
      { plan: { id: 1, name: "计划" }, generated_at: "2023-04-01T00:00:00.000Z" },
      { commitments: [], targets: [], progress: [report] },
    ),
  );
  assert.equal(json.plan.name, "计划");
  assert.equal(json.columns.commitments.length, COMMITMENT_COLUMNS.length);
  assert.deepEqual(json.progress[0].evidence_links, report.evidence_links);
});

test("docs/open-data.md documents every column of every dataset", () => {
  const doc = readFileSync(new URL("../../docs/open-data.md", import.meta.url), "utf8");
  for (const [name, columns] of Object.entries(DATASETS)) {
    const section = doc.split(/^## /m).find((s) => s.startsWith(`${name}`));
    assert.ok(section, `a section for ${name}`);
    for (const c of columns)
      assert.match(section!, new RegExp(`^\\| \`${c.name}\` \\|`, "m"), `${name}.${c.name}`);
  }
});
