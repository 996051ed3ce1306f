// The personal inbox: what this user must do now, computed live from the
// cycle (reports owed, proposals and extensions to decide, returned reports,
// notices to answer), beside their stored notifications. A reporter's reports
// owed are computed from their own unit's open items only, a page at a time
// (indexed by unit), never from the whole plan.
import { LantuError } from "../../errors.ts";
import { addDays } from "../../domain/cycle/calendar.ts";
import type { InboxTask } from "../../domain/cycle/inbox.ts";
import type { Actor } from "../../domain/types.ts";
import { listExtensions, listNotices, listProposals, trackedPage } from "../../storage/cycle.repo.ts";
import { listPlans } from "../../storage/plan.repo.ts";
import {
  emailOf,
  markRead,
  notificationsOf,
  setEmail,
  unreadCount,
} from "../../storage/notification.repo.ts";
import { command, today, type Services } from "../context.ts";
import { evaluateItems } from "./item-warnings.ts";
import { loadSettings } from "./settings.service.ts";

/** Report tasks listed at most (the most urgent first); a unit owing more sees the rest on its reporting page. */
const MAX_REPORT_TASKS = 500;

export async function inbox(s: Services, actor: Actor) {
  if (actor.id === null) throw new LantuError("unauthorized", "sign in first (POST /api/session)");
  const db = s.store.db;
  const day = today(s);
  const tasks: InboxTask[] = [];
  const staff = actor.role === "admin" || actor.role === "supervisor";
  const mine = (unitId: number | null) =>
    actor.role === "reporter" && unitId !== null && unitId === actor.unitId;
  for (const plan of await listPlans(db, null, 1000)) {
    if (actor.role === "reporter" && actor.unitId !== null) {
      const settings = await loadSettings(db, plan.id);
      for (let after = 0; ;) {
        const rows = await trackedPage(db, plan.id, {
          after,
          limit: 500,
          unitId: actor.unitId,
          notDone: true,
        });
        for (const e of await evaluateItems(db, settings, rows, day)) {
          for (const o of e.obligations) {
            if (!mine(o.unitId)) continue;
            const soon = o.state === "open" && day >= addDays(o.dueOn, -settings.remindBeforeDays);
            if (o.state !== "due" && o.state !== "overdue" && !soon) continue;
            tasks.push({
              kind: "report",
              planId: plan.id,
              commitmentId: o.commitmentId,
              refId: null,
              title: `报送${o.period}进展`,
              detail: e.row.text,
              due: o.state === "overdue" ? o.lateAfter : o.dueOn,
              urgent: o.state === "overdue",
            });
          }
        }
        if (rows.length < 500) break;
        after = Number(rows.at(-1)!.id);
      }
      const proposals = await listProposals(db, { planId: plan.id, unitId: actor.unitId ?? -1 });
      const latest = new Map<number, (typeof proposals)[number]>();
      for (const p of proposals)
        if (!latest.has(Number(p.commitment_id))) latest.set(Number(p.commitment_id), p);
      for (const p of latest.values()) {
        if (p.state !== "returned") continue;
        tasks.push({
          kind: "revise_returned",
          planId: plan.id,
          commitmentId: Number(p.commitment_id),
          refId: p.id,
          title: "销号申请被退回",
          detail: p.return_reason ?? "",
          due: null,
          urgent: true,
        });
      }
      for (const n of await listNotices(db, { planId: plan.id, state: "open", unitId: actor.unitId ?? -1 })) {
        tasks.push({
          kind: "reply_notice",
          planId: plan.id,
          commitmentId: Number(n.commitment_id),
          refId: n.id,
          title: `反馈督办单 ${n.number}`,
          detail: n.demanded_action,
          due: n.reply_deadline,
          urgent: n.reply_deadline < day || n.level === "red",
        });
      }
    }
    if (staff) {
      for (const p of await listProposals(db, { planId: plan.id, state: "pending" })) {
        tasks.push({
          kind: "review_completion",
          planId: plan.id,
          commitmentId: Number(p.commitment_id),
          refId: p.id,
          title: "审核销号申请",
          detail: `${p.proposed_by_name}：${p.narrative}`,
          due: null,
          urgent: false,
        });
      }
      for (const e of await listExtensions(db, { planId: plan.id, state: "pending" })) {
        tasks.push({
          kind: "decide_extension",
          planId: plan.id,
          commitmentId: Number(e.commitment_id),
          refId: e.id,
          title: "审批延期申请",
          detail: `${e.old_date ?? "未定"} → ${e.new_date}：${e.reason}`,
          due: null,
          urgent: false,
        });
      }
    }
  }
  tasks.sort(
    (a, b) => Number(b.urgent) - Number(a.urgent) || (a.due ?? "9999").localeCompare(b.due ?? "9999"),
  );
  let reports = 0;
  const listed = tasks.filter((t) => t.kind !== "report" || ++reports <= MAX_REPORT_TASKS);
  return {
    tasks: listed,
    notifications: await notificationsOf(db, actor.id, 50),
    unread: await unreadCount(db, actor.id),
  };
}

/** Marks the user's notifications read (some ids, or all). Not audited: it is the user's own reading state. */
export async function readNotifications(s: Services, actor: Actor, ids: number[] | "all") {
  if (actor.id === null) throw new LantuError("unauthorized", "sign in first (POST /api/session)");
  return { marked: await markRead(s.store.db, actor.id, ids, s.now().toISOString()) };
}

/** Sets (or with null clears) a user's e-mail address for reminders. */
export async function setUserEmail(s: Services, actor: Actor, userId: number, email: string | null) {
  if (email !== null && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
    throw new LantuError("validation", `email: "${email}" is not an e-mail address`, {
      field: "email",
      rule: "format",
    });
  }
  if (actor.role !== "admin" && actor.role !== "system" && actor.id !== userId) {
    throw new LantuError("forbidden", "only an admin may set another user's e-mail address");
  }
  return command(s, actor, async (trx) => {
    const before = await emailOf(trx, userId);
    await setEmail(trx, userId, email);
    return {
      result: { user_id: userId, email },
      audit: {
        planId: null,
        action: "set_email",
        entity: "user",
        entityId: userId,
        before: { email: before },
        after: { email },
      },
    };
  });
}
