// The demo's simulated history (示例数据): two quarters of the cycle on the
// demo plan, generated deterministically (a seeded generator, a simulated
// clock) so a newcomer's first screen shows reports, late ones, returns,
// extensions, warnings, notices and a scored quarter. Every narrative and
// reason starts with 【示例数据】 and every actor is named 示例…, so nothing
// simulated can be taken for a real record. Runs once per plan: a plan with
// cycle settings already has its history.
import { randomBytes } from "node:crypto";
import { SYSTEM_ACTOR, type Actor } from "../../domain/types.ts";
import { getCycleSettings, trackedCommitments } from "../../storage/cycle.repo.ts";
import { targetsOf } from "../../storage/target.repo.ts";
import { createUser, actorOf } from "../admin.service.ts";
import { makeServices, type Services } from "../context.ts";
import { fileProgress } from "../tracking.service.ts";
import { acceptCompletion, proposeCompletion, returnCompletion } from "./completion.service.ts";
import { decideExtension, requestExtension } from "./extension.service.ts";
import { issueNotices, replyNotice } from "./notice.service.ts";
import { runCycle } from "./run-cycle.ts";
import { loadSettings, updateSettings } from "./settings.service.ts";
import { recordVerdict } from "./verdict.service.ts";
import { setUserEmail } from "./inbox.service.ts";
import { random } from "../synthetic/random.ts";

export const DEMO_LABEL = "【示例数据】";
export const DEMO_QUARTER = "2026Q3";

export interface DemoHistory {
  created: boolean;
  reports: number;
  late: number;
  returns: number;
  accepted: number;
  extensions: number;
  notices: number;
  answered: number;
  reporters: number;
}

export async function loadDemoHistory(
  base: Services,
  planId: number,
  supervisor: Actor,
): Promise<DemoHistory> {
  const none: DemoHistory = {
    created: false,
    reports: 0,
    late: 0,
    returns: 0,
    accepted: 0,
    extensions: 0,
    notices: 0,
    answered: 0,
    reporters: 0,
  };
  if (await getCycleSettings(base.store.db, planId)) return none;
  let clock = new Date("2026-04-01T01:00:00Z");
  const at = (day: string, hour = 9) => (clock = new Date(`${day}T${String(hour).padStart(2, "0")}:00:00Z`));
  const s = makeServices(base.store, () => clock);
  const rnd = random(20260401).next;
  const out: DemoHistory = { ...none, created: true };
  const settings = await loadSettings(s.store.db, planId);
  await updateSettings(s, supervisor, planId, settings.version, {
    calendar: { frequency: "quarterly", dueDay: 25, graceDays: 5 },
    startsOn: "2026-04-01",
    remindBeforeDays: 7,
    thresholds: { yellowAfterDays: 15, redReturns: 2 },
  });
  const items = await trackedCommitments(s.store.db, planId);
  const unitOf = (c: (typeof items)[number]) => c.lead_unit_id ?? c.unit_id;
  const unitIds = [...new Set(items.map(unitOf).filter((u): u is number => u !== null))].sort(
    (a, b) => a - b,
  );
  // one 示例 reporter per unit, signing in only after an admin sets a password
  const reporter = new Map<number, Actor>();
  for (const [k, unitId] of unitIds.entries()) {
    const u = await createUser(s, SYSTEM_ACTOR, {
      username: `demo-reporter-${k + 1}`,
      displayName: `示例联络员${k + 1}`,
      password: randomBytes(18).toString("base64url"),
      role: "reporter",
      unitId,
    });
    await setUserEmail(s, SYSTEM_ACTOR, u.id, `demo-reporter-${k + 1}@example.org`);
    reporter.set(unitId, { ...actorOf(u), name: `示例联络员${k + 1}` });
  }
  out.reporters = reporter.size;
  const withTargets = new Set(
    (
      await targetsOf(
        s.store.db,
        items.map((i) => i.id),
      )
    )
      .filter((t) => !t.is_baseline)
      .map((t) => Number(t.commitment_id)),
  );
  // Each unit has a character: how often it reports on time, late, or not at all.
  const diligence = new Map(unitIds.map((u) => [u, 0.45 + 0.5 * rnd()]));
  const reportQuarter = async (period: string, onTimeDays: string[], lateDays: string[]) => {
    const plan: { day: string; c: (typeof items)[number] }[] = [];
    for (const c of items) {
      const u = unitOf(c);
      if (u === null) continue;
      const r = rnd();
      const d = diligence.get(u)!;
      if (r < d) plan.push({ day: onTimeDays[Math.floor(rnd() * onTimeDays.length)]!, c });
      else if (r < d + (1 - d) * 0.5) plan.push({ day: lateDays[Math.floor(rnd() * lateDays.length)]!, c });
    }
    plan.sort((a, b) => a.day.localeCompare(b.day) || a.c.id - b.c.id);
    for (const { day, c } of plan) {
      at(day);
      await fileProgress(
        s,
        reporter.get(unitOf(c)!)!,
        { commitmentId: c.id },
        {
          period,
          narrative: `${DEMO_LABEL}${period.endsWith("Q2") ? "二" : "三"}季度：按计划推进，完成阶段性工作。`,
        },
      );
      out.reports += 1;
      if (lateDays.includes(day)) out.late += 1;
    }
  };

  // Q2: reminders before and at the due date, reports, late ones after the grace days.
  at("2026-06-18");
  await runCycle(s, null);
  await reportQuarter(
    "2026Q2",
    ["2026-06-19", "2026-06-22", "2026-06-24", "2026-06-26", "2026-06-29"],
    ["2026-07-03", "2026-07-08", "2026-07-14"],
  );
  for (const day of ["2026-06-25", "2026-07-01", "2026-07-16"]) {
    at(day, 8);
    await runCycle(s, null);
  }
  // Notices for the items still yellow or red after the Q2 reminders (a handful).
  at("2026-07-20");
  const state = await import("./cycle-state.ts").then((m) => m.cycleState(s.store.db, planId, "2026-07-20"));
  const flagged = state.items
    .filter((i) => i.warning.level === "yellow" || i.warning.level === "red")
    .slice(0, 6);
  if (flagged.length) {
    const notices = await issueNotices(
      s,
      supervisor,
      planId,
      { commitmentIds: flagged.map((i) => i.id) },
      {
        demandedAction: `${DEMO_LABEL}请于七日内补报第二季度进展，说明滞后原因和整改措施。`,
        replyDeadline: "2026-07-27",
      },
    );
    out.notices = notices.length;
    for (const n of notices.slice(0, Math.ceil(notices.length / 2))) {
      at("2026-07-24", 15);
      await replyNotice(
        s,
        reporter.get(n.unit_id!)!,
        n.id,
        n.version,
        `${DEMO_LABEL}已补报进展，明确专人负责，下季度按时报送。`,
      );
      out.answered += 1;
    }
  }

  // Q3: completion proposals (some returned, one twice), extension requests, reports.
  const plain = items.filter((c) => !withTargets.has(c.id) && unitOf(c) !== null);
  const closing = plain.filter((_, k) => k % 11 === 3).slice(0, 8);
  at("2026-08-20", 10);
  const proposals = [];
  for (const c of closing) {
    proposals.push(
      await proposeCompletion(s, reporter.get(unitOf(c)!)!, c.id, {
        narrative: `${DEMO_LABEL}任务已按要求完成，提请销号。`,
        evidenceLinks: ["https://example.org/示例/验收材料"],
        period: "2026Q3",
      }),
    );
  }
  at("2026-08-25", 16);
  for (const [k, p] of proposals.entries()) {
    if (k % 3 === 2) {
      await returnCompletion(s, supervisor, p.id, p.version, `${DEMO_LABEL}佐证材料不全，请补充验收报告。`);
      out.returns += 1;
    } else {
      await acceptCompletion(s, supervisor, p.id, p.version);
      out.accepted += 1;
    }
  }
  // one returned item tries again and is returned a second time (红)
  const again = proposals.find((_, k) => k % 3 === 2);
  if (again) {
    at("2026-09-02", 10);
    const c = items.find((i) => i.id === again.commitment_id)!;
    const p = await proposeCompletion(s, reporter.get(unitOf(c)!)!, c.id, {
      narrative: `${DEMO_LABEL}已补充材料，再次提请销号。`,
      period: "2026Q3",
    });
    at("2026-09-04", 16);
    await returnCompletion(s, supervisor, p.id, p.version, `${DEMO_LABEL}验收报告未盖章，请完善后再报。`);
    out.returns += 1;
  }
  const extending = plain.filter((_, k) => k % 13 === 5).slice(0, 3);
  for (const [k, c] of extending.entries()) {
    at("2026-09-08", 10);
    const e = await requestExtension(s, reporter.get(unitOf(c)!)!, c.id, {
      newDate: k === 2 ? "2027-12-31" : "2027-06-30",
      reason: `${DEMO_LABEL}受用地审批影响，申请延期。`,
    });
    at("2026-09-10", 15);
    await decideExtension(s, supervisor, e.id, e.version, {
      approve: k !== 2,
      reason: k === 2 ? `${DEMO_LABEL}延期理由不充分，请按原时限推进。` : undefined,
    });
    out.extensions += 1;
  }
  at("2026-09-18", 8);
  await runCycle(s, null);
  await reportQuarter(
    "2026Q3",
    ["2026-09-19", "2026-09-21", "2026-09-23", "2026-09-25", "2026-09-28"],
    ["2026-10-05", "2026-10-09"],
  );
  for (const day of ["2026-09-25", "2026-10-01", "2026-10-16"]) {
    at(day, 8);
    await runCycle(s, null);
  }
  const stalled = plain.find((_, k) => k % 17 === 7);
  if (stalled) {
    at("2026-10-16", 11);
    await recordVerdict(s, supervisor, stalled.id, {
      verdict: "stalled",
      reason: `${DEMO_LABEL}项目资金未落实，推进受阻。`,
    });
  }
  return out;
}
