// Reminders (催办): works out, for one day, every notification each user is
// owed — reports before/at/after their due date, completion proposals and
// extension requests to decide, returned reports, notices to answer or
// overdue, new warnings — and stores each once (keyed per user), with an
// outbox message for users who have an e-mail address. A dry run lists what
// would be new without writing. The report reminders come from the plan's
// daily pass (warning.service.ts), which reads every item once a day; the
// rest are indexed reads of what is pending.
import { periodLabel } from "../../exchange/labels.ts";
import type { Stage, UnitReminder } from "../../domain/cycle/reminders.ts";
import { SYSTEM_ACTOR, type Actor } from "../../domain/types.ts";
import type { DB } from "../../storage/dialects/dialect.ts";
import {
  cycleItemsByIds,
  listExtensions,
  listNotices,
  listProposals,
  recordWarnedThrough,
  warningsAfter,
} from "../../storage/cycle.repo.ts";
import {
  enqueueMail,
  existingNotifications,
  insertNotification,
  recipients,
} from "../../storage/notification.repo.ts";
import { listUnits } from "../../storage/unit.repo.ts";
import { command, today, type Services } from "../context.ts";

export interface Reminder {
  userId: number;
  username: string;
  email: string | null;
  planId: number;
  kind: string;
  key: string;
  title: string;
  body: string;
  link: string;
}

const STAGE_TITLE: Record<Stage, string> = {
  before: "进展报送提醒",
  at: "进展今日到期",
  after: "进展逾期催办",
};
const LEVEL: Record<string, string> = { blue: "蓝色", yellow: "黄色", red: "红色" };

type Person = Awaited<ReturnType<typeof recipients>>[number];

/**
 * Every reminder due on the plan's day, before deduplication: the report
 * reminders given (today's, from the daily pass; none when it already ran
 * today), what is pending, and the yellow and red warnings raised after
 * warning `warnedAfter` (read by primary key, WARNINGS_PER_RUN at a time).
 */
export async function remindersFor(
  db: DB,
  planId: number,
  day: string,
  reports: UnitReminder[],
  warnedAfter: number,
): Promise<{ reminders: Reminder[]; warnedThrough: number }> {
  const people = await recipients(db);
  const unitName = new Map((await listUnits(db)).map((u) => [u.id, u.name]));
  const staff = people.filter((p) => p.role === "supervisor" || p.role === "admin");
  const reportersOf = (unitId: number | null) =>
    people.filter((p) => p.role === "reporter" && p.unit_id === unitId);
  const out: Reminder[] = [];
  const add = (to: Person[], r: Omit<Reminder, "userId" | "username" | "email" | "planId">) => {
    for (const p of to) out.push({ ...r, userId: p.id, username: p.username, email: p.email, planId });
  };

  for (const r of reports) {
    const n = r.commitmentIds.length;
    const when =
      r.stage === "before"
        ? `请于${r.dueOn}前报送`
        : r.stage === "at"
          ? `已到报送日（${r.dueOn}），宽限至${r.lateAfter}`
          : `已逾期（应于${r.lateAfter}前报送），请立即报送`;
    add(reportersOf(r.unitId), {
      kind: `report_${r.stage}`,
      key: `report:${planId}:${r.unitId}:${r.period}:${r.stage}`,
      title: `${STAGE_TITLE[r.stage]}：${periodLabel(r.period)}${n}项`,
      body: `${unitName.get(r.unitId) ?? ""}有${n}项任务的${periodLabel(r.period)}进展未报送，${when}。`,
      link: `/reporting?plan=${planId}&period=${r.period}`,
    });
  }
  for (const p of await listProposals(db, { planId, state: "pending" })) {
    add(staff, {
      kind: "review_completion",
      key: `review:${p.id}`,
      title: `待审核销号申请：任务${p.commitment_id}`,
      body: `${p.proposed_by_name}提请销号：${p.narrative}`,
      link: `/commitments/${p.commitment_id}`,
    });
  }
  for (const p of await listProposals(db, { planId, state: "returned" })) {
    add(reportersOf(p.unit_id), {
      kind: "completion_returned",
      key: `returned:${p.id}`,
      title: `销号申请被退回：任务${p.commitment_id}`,
      body: `退回理由：${p.return_reason ?? ""}`,
      link: `/commitments/${p.commitment_id}`,
    });
  }
  for (const e of await listExtensions(db, { planId, state: "pending" })) {
    add(staff, {
      kind: "decide_extension",
      key: `extension:${e.id}`,
      title: `待审批延期申请：任务${e.commitment_id}`,
      body: `申请将完成时限由${e.old_date ?? "未定"}延至${e.new_date}：${e.reason}`,
      link: `/commitments/${e.commitment_id}`,
    });
  }
  for (const n of await listNotices(db, { planId })) {
    if (n.state === "open") {
      add(reportersOf(n.unit_id), {
        kind: "notice_issued",
        key: `notice:${n.id}`,
        title: `${LEVEL[n.level] ?? ""}督办单 ${n.number}`,
        body: `${n.demanded_action}（请于${n.reply_deadline}前反馈）`,
        link: `/notices/${n.id}`,
      });
      if (n.reply_deadline < day) {
        const to = [...reportersOf(n.unit_id), ...staff];
        add(to, {
          kind: "notice_overdue",
          key: `notice_overdue:${n.id}`,
          title: `督办单 ${n.number} 逾期未反馈`,
          body: `反馈时限${n.reply_deadline}已过。`,
          link: `/notices/${n.id}`,
        });
      }
    } else {
      add(staff, {
        kind: "notice_answered",
        key: `notice_answered:${n.id}`,
        title: `督办单 ${n.number} 已反馈`,
        body: n.reply ?? "",
        link: `/notices/${n.id}`,
      });
    }
  }
  const raised = await warningsAfter(db, planId, warnedAfter, WARNINGS_PER_RUN);
  const severe = raised.filter((w) => w.cleared_on === null && (w.level === "yellow" || w.level === "red"));
  const textOf = new Map(
    (await cycleItemsByIds(db, [...new Set(severe.map((w) => Number(w.commitment_id)))])).map((i) => [
      Number(i.id),
      i.text,
    ]),
  );
  for (const w of severe) {
    add([...reportersOf(w.unit_id), ...staff], {
      kind: "warning",
      key: `warning:${w.id}`,
      title: `${LEVEL[w.level]}预警：任务${w.commitment_id}`,
      body: textOf.get(Number(w.commitment_id)) ?? "",
      link: `/commitments/${w.commitment_id}`,
    });
  }
  return { reminders: out, warnedThrough: Number(raised.at(-1)?.id ?? warnedAfter) };
}

/** Warnings announced per run at most; the next run goes on from the last one. */
const WARNINGS_PER_RUN = 5000;

export interface ReminderRun {
  day: string;
  notifications: number;
  emails: number;
  reminders: Reminder[];
}

/** Stores each new reminder once: a notification, and a mail when the user has an address. */
export async function sendReminders(
  s: Services,
  planId: number,
  opts: { dryRun?: boolean; actor?: Actor; reports?: UnitReminder[]; warnedAfter?: number } = {},
): Promise<ReminderRun> {
  const day = today(s);
  const warnedAfter = opts.warnedAfter ?? 0;
  const { reminders: all, warnedThrough } = await remindersFor(
    s.store.db,
    planId,
    day,
    opts.reports ?? [],
    warnedAfter,
  );
  const known = await existingNotifications(s.store.db, all);
  const fresh = all.filter((r) => !known.has(`${r.userId}|${r.key}`));
  const emails = fresh.filter((r) => r.email).length;
  if (opts.dryRun) return { day, notifications: fresh.length, emails, reminders: fresh };
  if (fresh.length === 0) {
    if (warnedThrough !== warnedAfter) await recordWarnedThrough(s.store.db, planId, warnedThrough);
    return { day, notifications: 0, emails, reminders: fresh };
  }
  return command(s, opts.actor ?? SYSTEM_ACTOR, async (trx, now) => {
    if (warnedThrough !== warnedAfter) await recordWarnedThrough(trx, planId, warnedThrough);
    let notifications = 0;
    let mails = 0;
    for (const r of fresh) {
      const n = await insertNotification(trx, {
        user_id: r.userId,
        plan_id: r.planId,
        kind: r.kind,
        dedupe_key: r.key,
        title: r.title,
        body: r.body,
        link: r.link,
        created_at: now,
      });
      if (!n) continue; // another run stored it first
      notifications += 1;
      if (r.email) {
        const added = await enqueueMail(trx, {
          notification_id: n.id,
          dedupe_key: `${r.userId}:${r.key}`,
          to_address: r.email,
          subject: `【蓝图督查】${r.title}`,
          body: `${r.body}\n\n查看：${r.link}\n（本邮件由蓝图督查系统自动发送）`,
          message_id: `<lantu.${n.id}.${r.userId}@lantu>`,
          next_attempt_at: now,
          created_at: now,
        });
        if (added) mails += 1;
      }
    }
    return {
      result: { day, notifications, emails: mails, reminders: fresh },
      audit: {
        planId,
        action: "send_reminders",
        entity: "plan",
        entityId: planId,
        before: null,
        after: { day, notifications, emails: mails, kinds: countBy(fresh.map((r) => r.kind)) },
      },
    };
  });
}

const countBy = (xs: string[]) =>
  xs.reduce<Record<string, number>>((acc, k) => ((acc[k] = (acc[k] ?? 0) + 1), acc), {});
