// A plan of N synthetic items for the export tests and bench/export.bench.ts,
// written straight through the repositories (a few multi-row INSERTs per
// thousand items; seed-synthetic, which also indexes search words and keeps
// the aggregates, takes a minute and a half for 100,000). Item i (from 1):
// unit (i % UNITS) + 1 (one unit cooperating), goal (i % GOALS) + 1, every
// third confirmed item has two reports (the later one "第i项第二次进展"),
// every tenth is proposed, the rest confirmed. The document holds each
// item's text on its own line, so an item's evidence is its line.
import type { DB } from "../../src/storage/dialects/dialect.ts";
import { insertMany, insertManyReturningIds } from "../../src/storage/bulk.repo.ts";
import { insertDocument } from "../../src/storage/document.repo.ts";
import { insertGoal, insertPlan } from "../../src/storage/plan.repo.ts";
import { insertUnit } from "../../src/storage/unit.repo.ts";

export const UNITS = 50;
export const GOALS = 10;
const NOW = "2025-06-15T00:00:00.000Z";
const BATCH = 5000;

export const itemText = (i: number) => `第${i}项：推进重点项目建设，完成年度投资任务，加快园区基础设施配套。`;
export const unitName = (u: number) => `示例单位${u}`;
export const goalName = (g: number) => `目标${g}`;
export const reviewOf = (i: number): "proposed" | "confirmed" => (i % 10 === 0 ? "proposed" : "confirmed");
export const reported = (i: number) => i % 3 === 0 && reviewOf(i) === "confirmed";
export const dueOf = (i: number) => `2026-${String((i % 12) + 1).padStart(2, "0")}-28`;

export interface ExportPlan {
  planId: number;
  /** Item i's id, i from 1 to n (ids[i - 1]). */
  ids: number[];
  unitIds: number[];
}

export async function makeExportPlan(db: DB, n: number): Promise<ExportPlan> {
  return db.transaction().execute(async (trx) => {
    const plan = await insertPlan(trx, "导出测试规划", null, NOW);
    const unitIds: number[] = [];
    for (let u = 1; u <= UNITS; u++)
      unitIds.push(
        (await insertUnit(trx, { name: unitName(u), kind: "department", aliases: [], parentId: null }, NOW))
          .id,
      );
    const goalIds: number[] = [];
    for (let g = 1; g <= GOALS; g++)
      goalIds.push(
        (
          await insertGoal(trx, {
            planId: plan.id,
            key: `g${g}`,
            name: goalName(g),
            aliases: [],
            subjects: [],
            position: g,
          })
        ).id,
      );
    const lines: string[] = [];
    for (let i = 1; i <= n; i++) lines.push(itemText(i));
    const text = lines.join("\n");
    const doc = await insertDocument(trx, {
      plan_id: plan.id,
      hash: `export-test-${n}`,
      title: "导出测试文件",
      source: "export-test.txt",
      year: 2025,
      encoding: "utf-8",
      format: "text",
      text,
      revises_id: null,
      created_at: NOW,
    });
    const ids: number[] = [];
    let at = 0;
    for (let from = 1; from <= n; from += BATCH) {
      const rows = [];
      for (let i = from; i < Math.min(n + 1, from + BATCH); i++) {
        const t = itemText(i);
        const unit = unitIds[i % UNITS]!;
        rows.push({
          plan_id: plan.id,
          document_id: doc.id,
          unit_id: unit,
          lead_unit_id: unit,
          text: t,
          span_start: at,
          span_end: at + t.length,
          review_state: reviewOf(i),
          edited: 0,
          deadline: null,
          due_date: dueOf(i),
          status: "on_track" as const,
          status_reason: "",
          created_at: NOW,
          updated_at: NOW,
        });
        at += t.length + 1;
      }
      const got = await insertManyReturningIds(trx, "commitments", rows);
      ids.push(...got);
      const first = from;
      await insertMany(
        trx,
        "commitment_goals",
        got.map((id, k) => ({
          plan_id: plan.id,
          commitment_id: id,
          goal_id: goalIds[(first + k) % GOALS]!,
          confidence: 1,
          cue_kind: "theme",
          cue_text: "",
          cue_start: null,
          cue_end: null,
        })),
      );
      await insertMany(
        trx,
        "commitment_units",
        got.map((id, k) => ({
          plan_id: plan.id,
          commitment_id: id,
          unit_id: unitIds[(first + k + 1) % UNITS]!,
        })),
      );
      const reports = [];
      for (let k = 0; k < got.length; k++) {
        const i = first + k;
        if (!reported(i)) continue;
        for (const [period, end, words] of [
          ["2025Q1", "2025-03-31", `第${i}项第一次进展`],
          ["2025Q2", "2025-06-30", `第${i}项第二次进展`],
        ] as const)
          reports.push({
            plan_id: plan.id,
            commitment_id: got[k]!,
            target_id: null,
            period,
            period_end: end,
            narrative: words,
            figure: null,
            complete: 0,
            evidence_links: "[]",
            reporter_id: null,
            reporter_name: "测试",
            reported_at: NOW,
          });
      }
      await insertMany(trx, "progress_reports", reports);
    }
    return { planId: plan.id, ids, unitIds };
  });
}
