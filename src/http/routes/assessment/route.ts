// Assessment (考核) per unit for a period, as JSON or Excel; warning levels;
// the unit × goal heat map coloured by status or warning level.
import type { App } from "../../app-type.ts";
import type { Services } from "../../../services/context.ts";
import { assessment, assessmentWorkbook } from "../../../services/cycle/assessment.service.ts";
import { heatmap, type HeatCell } from "../../../services/cycle/heatmap.service.ts";
import { warningsOf } from "../../../services/cycle/obligations.read.ts";
import { actor } from "../../auth.ts";
import { presentAssessment } from "../../presenters/cycle.ts";
import { IdParams } from "../../schemas.ts";
import { fileBody } from "../../responses.ts";
import { AssessmentQuery, AssessmentResponse, HeatQuery, HeatResponse, WarningsResponse } from "./schema.ts";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const cell = (c: HeatCell) => ({
  goal_id: c.goalId,
  n: c.n,
  counts: c.counts,
  worst: c.worst,
  majority: c.majority,
});

export function assessmentRoutes(app: App, s: Services) {
  const tags = ["assessment"];
  app.get(
    "/api/plans/:id/assessment",
    {
      config: { cached: true },
      schema: {
        tags,
        summary:
          "Score and rank per unit for a period: on-time reporting, items on track, targets met, warnings, weighted (supervisor, admin). Formulas: src/domain/cycle/assessment.ts",
        params: IdParams,
        querystring: AssessmentQuery,
        response: { 200: AssessmentResponse },
      },
    },
    async (req) => presentAssessment(await assessment(s, actor(req), req.params.id, req.query.period)),
  );
  app.get(
    "/api/plans/:id/assessment.xlsx",
    {
      schema: {
        tags,
        summary: "The assessment as an Excel sheet (supervisor, admin)",
        params: IdParams,
        querystring: AssessmentQuery,
        response: { 200: fileBody(XLSX, "the assessment (.xlsx)") },
      },
    },
    async (req, reply) => {
      const q = req.query;
      const w = await assessmentWorkbook(s, actor(req), req.params.id, q.period);
      return reply
        .header("content-type", XLSX)
        .header("content-disposition", `attachment; filename="assessment-${w.period}.xlsx"`)
        .send(w.bytes);
    },
  );
  app.get(
    "/api/plans/:id/warnings",
    {
      schema: {
        tags,
        summary:
          "Each item's warning level (蓝/黄/红) with its reasons, and each unit's roll-up (reporters: their unit)",
        params: IdParams,
        response: { 200: WarningsResponse },
      },
    },
    async (req) => {
      const w = await warningsOf(s, actor(req), req.params.id);
      return {
        today: w.today,
        items: w.items.map((i) => ({
          commitment_id: i.id,
          unit_id: i.unitId,
          status: i.status,
          due_date: i.dueDate,
          returns: i.returns,
          level: i.warning.level,
          reasons: i.warning.reasons,
        })),
        units: w.units.map((u) => ({ unit_id: u.unitId, level: u.level, counts: u.counts })),
      };
    },
  );
  app.get(
    "/api/plans/:id/heatmap",
    {
      schema: {
        tags,
        summary:
          "Unit × goal heat map by count, status or warning level, read from aggregates; rows are the answering unit (lead, else owner); goal_id null is the 未对齐 column; totals count items, not goal links",
        params: IdParams,
        querystring: HeatQuery,
        response: { 200: HeatResponse },
      },
    },
    async (req) => {
      const h = await heatmap(s, actor(req), req.params.id, req.query.by ?? "status");
      return {
        plan_id: h.planId,
        by: h.by,
        goals: h.goals,
        rows: h.rows.map((r) => ({
          unit_id: r.unitId,
          unit: r.unit,
          cells: r.cells.map(cell),
          total: cell(r.total),
        })),
        unit_count: h.unitCount,
        column_totals: h.columnTotals.map(cell),
        total: cell(h.total),
      };
    },
  );
}
