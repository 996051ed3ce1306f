// One turn of the cycle for every plan: overdue statuses, the daily pass
// (warnings that move by the calendar and today's report reminders; once a
// day per plan, or again after its settings change), the other reminders,
// then mail delivery. The scheduler in `lantu serve` and `lantu remind` both
// run this. A dry run reads the daily pass even when it ran today.
import { listPlans } from "../../storage/plan.repo.ts";
import { sweepOverdue } from "../status.service.ts";
import { today, type Services } from "../context.ts";
import { deliverOutbox, type DeliveryResult } from "./outbox.service.ts";
import { sendReminders, type Reminder } from "./reminder.service.ts";
import { dailyPass, type WarningChange } from "./warning.service.ts";
import { lastCycleRun } from "../../storage/cycle.repo.ts";
import type { MailTransport } from "./mail-transport.ts";

export interface CycleRun {
  day: string;
  overdue: number;
  /** Items read by the daily passes of this run (0 when every plan had its pass today). */
  itemsRead: number;
  warnings: WarningChange[];
  reminders: Reminder[];
  notifications: number;
  emails: number;
  delivery: DeliveryResult | null;
}

export async function runCycle(
  s: Services,
  transport: MailTransport | null,
  opts: { dryRun?: boolean } = {},
): Promise<CycleRun> {
  const day = today(s);
  const run: CycleRun = {
    day,
    overdue: 0,
    itemsRead: 0,
    warnings: [],
    reminders: [],
    notifications: 0,
    emails: 0,
    delivery: null,
  };
  if (!opts.dryRun) run.overdue = await s.store.db.transaction().execute((trx) => sweepOverdue(trx, day));
  for (const plan of await listPlans(s.store.db, null, 10_000)) {
    const last = await lastCycleRun(s.store.db, plan.id);
    let reports: Awaited<ReturnType<typeof dailyPass>>["reminders"] = [];
    if (opts.dryRun || last.day !== day) {
      const pass = await dailyPass(s, plan.id, { dryRun: opts.dryRun });
      run.itemsRead += pass.items;
      for (const c of pass.changes) run.warnings.push(c);
      reports = pass.reminders;
    }
    const r = await sendReminders(s, plan.id, {
      dryRun: opts.dryRun,
      reports,
      warnedAfter: last.warnedThrough,
    });
    run.reminders.push(...r.reminders);
    run.notifications += r.notifications;
    run.emails += r.emails;
  }
  if (!opts.dryRun && transport) run.delivery = await deliverOutbox(s, transport);
  return run;
}

/** Runs the cycle now and then every `intervalMs`, one run at a time; returns stop(). */
export function startScheduler(
  s: Services,
  transport: MailTransport,
  intervalMs: number,
  log: (line: string) => void = () => undefined,
): () => Promise<void> {
  let running: Promise<void> | null = null;
  let stopped = false;
  const tick = async () => {
    if (running || stopped) return;
    running = once();
    await running;
  };
  const once = async () => {
    try {
      const r = await runCycle(s, transport);
      if (
        r.notifications ||
        r.warnings.length ||
        r.delivery?.sent ||
        r.delivery?.retried ||
        r.delivery?.failed
      ) {
        log(
          `cycle ${r.day}: ${r.warnings.length} warning changes, ${r.notifications} notifications, ${r.emails} mails queued, ` +
            `${r.delivery?.sent ?? 0} sent, ${r.delivery?.retried ?? 0} to retry, ${r.delivery?.failed ?? 0} failed`,
        );
      }
    } catch (err) {
      log(`cycle run failed: ${err instanceof Error ? err.message : String(err)}`);
    } finally {
      running = null;
    }
  };
  void tick();
  const timer = setInterval(() => void tick(), intervalMs);
  timer.unref();
  // Stopping waits for a run under way: the server closes the database after.
  return async () => {
    stopped = true;
    clearInterval(timer);
    await running;
  };
}
