// A plan's reporting calendar, thresholds and weights; who owes which report.
import type { App } from "../../app-type.ts";
import type { Services } from "../../../services/context.ts";
import { getSettings, setUnitCalendar, updateSettings } from "../../../services/cycle/settings.service.ts";
import { obligationsOf } from "../../../services/cycle/obligations.read.ts";
import { actor, authorize, etag, ifMatch } from "../../auth.ts";
import { presentSettings } from "../../presenters/cycle.ts";
import { IdParams, IfMatchHeaders } from "../../schemas.ts";
import {
  ObligationsQuery,
  ObligationsResponse,
  SettingsBody,
  SettingsResponse,
  UnitCalendarBody,
  UnitCalendarParams,
} from "./schema.ts";

export function cycleSettingsRoutes(app: App, s: Services) {
  const tags = ["cycle"];
  app.get(
    "/api/plans/:id/cycle",
    {
      schema: {
        tags,
        summary:
          "The plan's reporting calendar, reminder lead, warning thresholds and assessment weights (signed in)",
        params: IdParams,
        response: { 200: SettingsResponse },
      },
    },
    async (req, reply) => {
      actor(req);
      const c = await getSettings(s, req.params.id);
      return etag(reply, c.version).send(presentSettings(c));
    },
  );
  app.put(
    "/api/plans/:id/cycle",
    {
      schema: {
        tags,
        summary: "Change the cycle settings (supervisor, admin; If-Match: the version, 0 for the defaults)",
        params: IdParams,
        headers: IfMatchHeaders,
        body: SettingsBody,
        response: { 200: SettingsResponse },
      },
    },
    async (req, reply) => {
      const a = authorize(req, "manage_plan");
      const b = req.body;
      const id = req.params.id;
      const current = await getSettings(s, id);
      const c = await updateSettings(s, a, id, ifMatch(req), {
        calendar:
          b.frequency || b.due_day || b.grace_days !== undefined
            ? {
                frequency: b.frequency ?? current.calendar.frequency,
                dueDay: b.due_day ?? current.calendar.dueDay,
                graceDays: b.grace_days ?? current.calendar.graceDays,
              }
            : undefined,
        startsOn: b.starts_on,
        remindBeforeDays: b.remind_before_days,
        thresholds:
          b.yellow_after_days !== undefined || b.red_returns !== undefined
            ? {
                yellowAfterDays: b.yellow_after_days ?? current.thresholds.yellowAfterDays,
                redReturns: b.red_returns ?? current.thresholds.redReturns,
              }
            : undefined,
        weights: b.weights
          ? {
              onTime: b.weights.on_time,
              onTrack: b.weights.on_track,
              targetsMet: b.weights.targets_met,
              warnings: b.weights.warnings,
            }
          : undefined,
      });
      return etag(reply, c.version).send(presentSettings(c));
    },
  );
  app.put(
    "/api/plans/:id/cycle/units/:unitId",
    {
      schema: {
        tags,
        summary: "Give a unit its own reporting calendar in this plan (supervisor, admin)",
        params: UnitCalendarParams,
        body: UnitCalendarBody,
        response: { 200: SettingsResponse },
      },
    },
    async (req) => {
      const p = req.params;
      const b = req.body;
      const c = await setUnitCalendar(s, authorize(req, "manage_plan"), p.id, p.unitId, {
        frequency: b.frequency,
        dueDay: b.due_day,
        graceDays: b.grace_days,
      });
      return presentSettings(c);
    },
  );
  app.delete(
    "/api/plans/:id/cycle/units/:unitId",
    {
      schema: {
        tags,
        summary: "Return a unit to the plan's calendar (supervisor, admin)",
        params: UnitCalendarParams,
        response: { 200: SettingsResponse },
      },
    },
    async (req) => {
      const p = req.params;
      return presentSettings(await setUnitCalendar(s, authorize(req, "manage_plan"), p.id, p.unitId, null));
    },
  );
  app.get(
    "/api/plans/:id/obligations",
    {
      schema: {
        tags,
        summary:
          "Who owes which report for which period, computed from the calendar (reporters: their unit); a page of items at a time (next/after)",
        params: IdParams,
        querystring: ObligationsQuery,
        response: { 200: ObligationsResponse },
      },
    },
    async (req) => {
      const q = req.query;
      const r = await obligationsOf(s, actor(req), req.params.id, q);
      return {
        today: r.today,
        next: r.next,
        items: r.items.map((o) => ({
          commitment_id: o.commitmentId,
          unit_id: o.unitId,
          period: o.period,
          due_on: o.dueOn,
          late_after: o.lateAfter,
          state: o.state,
          days_overdue: o.daysOverdue,
        })),
      };
    },
  );
}
