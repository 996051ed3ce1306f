import { test } from "node:test";
import assert from "node:assert/strict";
import { convertWithLibreOffice, readDocx } from "../../test/helpers/docx-xml.ts";
import { buildSupervisionReport, type SupervisionReportData } from "./supervision-report.ts";

export const SAMPLE: SupervisionReportData = {
  issuer: "市委督查室",
  plan: "七大都市建设",
  period: "2023Q1",
  periodLabel: "2023年第一季度",
  asOf: "2023-03-31",
  issuedOn: "2023-04-05",
  summary: {
    total: 4,
    byStatus: { not_started: 1, on_track: 1, behind: 0, overdue: 1, done: 1 },
    reports: 3,
    reportingUnits: 2,
    owingUnits: [{ unit: "香坊区", missing: 1 }],
  },
  units: [
    {
      unit: "南岗区",
      items: [
        {
          id: 1,
          text: "建设创新大厦",
          status: "done",
          lead: "南岗区",
          deadline: "2023-03-01",
          progress: "已竣工",
        },
        {
          id: 2,
          text: "建设科技成果转化中心",
          status: "on_track",
          lead: "南岗区",
          deadline: null,
          progress: null,
        },
      ],
    },
    {
      unit: "香坊区",
      items: [
        {
          id: 3,
          text: "推进老旧小区改造",
          status: "overdue",
          lead: "香坊区",
          deadline: "2023-02-28",
          progress: null,
        },
      ],
    },
  ],
  ranking: [
    {
      unit: "南岗区",
      rank: 1,
      score: 87.5,
      reports: { onTime: 1, late: 1, missing: 0 },
      items: { total: 2, onTrackOrDone: 2 },
      targets: { total: 0, met: 0 },
      warnings: { blue: 0, yellow: 0, red: 0 },
    },
    {
      unit: "香坊区",
      rank: 2,
      score: 20,
      reports: { onTime: 0, late: 0, missing: 1 },
      items: { total: 1, onTrackOrDone: 0 },
      targets: { total: 1, met: 0 },
      warnings: { blue: 1, yellow: 0, red: 1 },
    },
  ],
  overdue: [
    {
      id: 3,
      text: "推进老旧小区改造",
      status: "overdue",
      lead: "香坊区",
      deadline: "2023-02-28",
      progress: null,
    },
  ],
  attention: [
    {
      id: 2,
      text: "建设科技成果转化中心",
      status: "on_track",
      lead: "南岗区",
      deadline: "2023-06-30",
      progress: null,
      reason: "下季度到期",
    },
  ],
};

test("the 督查通报: title block, summary, a table per unit, overdue list, attention", async () => {
  const doc = await readDocx(await buildSupervisionReport(SAMPLE));
  const text = doc.paragraphs.join("\n");
  assert.equal(doc.paragraphs[0], "督 查 通 报");
  assert.ok(doc.paragraphs.includes("（2023年第一季度）"));
  assert.match(text, /关于七大都市建设2023年第一季度落实情况的通报/);
  assert.match(text, /截至2023年3月31日，七大都市建设纳入督查的任务共4项，其中.*已完成1项/);
  assert.match(text, /香坊区1项/);
  for (const h of ["一、总体情况", "二、各单位落实情况", "三、逾期任务", "四、需要关注的事项"]) {
    assert.ok(doc.paragraphs.includes(h), h);
  }
  assert.ok(doc.paragraphs.includes("（一）南岗区（2项）"));
  assert.ok(doc.paragraphs.includes("（二）香坊区（1项）"));
  // Summary, the assessment, one per unit, overdue.
  assert.equal(doc.tables.length, 5);
  assert.deepEqual(doc.tables[0]![0], ["状态", "项数", "占比"]);
  assert.deepEqual(doc.tables[0]!.at(-1), ["合计", "4", "100%"]);
  assert.match(text, /2023年第一季度各单位考核得分和排名如下/);
  assert.deepEqual(doc.tables[1], [
    ["排名", "单位", "按时报送", "正常推进", "目标达成", "预警(蓝/黄/红)", "考核得分"],
    ["1", "南岗区", "1/2", "2/2", "—", "0/0/0", "87.5"],
    ["2", "香坊区", "0/1", "0/1", "0/1", "1/0/1", "20.0"],
  ]);
  assert.deepEqual(doc.tables[2]![1], ["1", "建设创新大厦", "已完成", "2023-03-01", "已竣工"]);
  assert.deepEqual(doc.tables[2]![2], ["2", "建设科技成果转化中心", "正常推进", "—", "本期未报送"]);
  assert.deepEqual(doc.tables[4]![0], ["序号", "任务内容", "牵头单位", "完成时限"]);
  assert.deepEqual(doc.tables[4]![1], ["1", "推进老旧小区改造", "香坊区", "2023-02-28"]);
  assert.match(text, /1\. 南岗区：建设科技成果转化中心（下季度到期）/);
  assert.match(doc.xml, /w:tblHeader/, "table headers repeat on each page");
});

test("an empty period still makes a well-formed report", async () => {
  const empty: SupervisionReportData = {
    ...SAMPLE,
    summary: {
      ...SAMPLE.summary,
      total: 0,
      byStatus: { not_started: 0, on_track: 0, behind: 0, overdue: 0, done: 0 },
      reports: 0,
      reportingUnits: 0,
      owingUnits: [],
    },
    units: [],
    ranking: null,
    overdue: [],
    attention: [],
  };
  const doc = await readDocx(await buildSupervisionReport(empty));
  assert.ok(doc.paragraphs.includes("本期无逾期未完成的任务。"));
  assert.ok(doc.paragraphs.includes("2023年第一季度尚未开始，暂不考核。"));
  assert.ok(doc.paragraphs.includes("本期无纳入督查的任务。"));
});

test("LibreOffice converts the report to PDF", { timeout: 240_000 }, async (t) => {
  const bytes = await buildSupervisionReport(SAMPLE);
  const pdf = convertWithLibreOffice(bytes);
  if (pdf === null) {
    // Under CI LibreOffice is installed by .ci/run: missing there is a failure.
    assert.ok(!process.env.CI, "libreoffice is missing under CI (see .ci/debian-packages)");
    t.skip("libreoffice is not installed");
    return;
  }
  assert.equal(pdf.subarray(0, 5).toString(), "%PDF-");
  assert.ok(pdf.length > 5000, `a PDF of ${pdf.length} bytes`);
});
