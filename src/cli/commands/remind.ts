// `lantu remind [--dry-run] [--date YYYY-MM-DD]`: one turn of the supervision
// cycle (overdue statuses, warnings, reminders, mail), as the scheduler in
// `lantu serve` runs it. --dry-run lists what would be sent and writes nothing.
import { LantuError } from "../../errors.ts";
import { makeServices } from "../../services/context.ts";
import { runCycle } from "../../services/cycle/run-cycle.ts";
import { transportFromEnv } from "../../services/cycle/mail-transport.ts";
import { parse } from "../args.ts";
import { openServices, say } from "./_store.ts";

export async function remindCommand(args: string[]): Promise<void> {
  const { values } = parse(args, { "dry-run": { type: "boolean" }, date: { type: "string" } });
  if (values.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) {
    throw new LantuError("bad_argument", `--date: "${values.date}" is not a date (YYYY-MM-DD)`);
  }
  const opened = await openServices();
  // --date runs the cycle as of that day (noon UTC), e.g. to rehearse a due date
  const s = values.date ? makeServices(opened.store, () => new Date(`${values.date}T12:00:00Z`)) : opened;
  const dry = values["dry-run"] === true;
  const transport = dry ? null : transportFromEnv();
  try {
    const r = await runCycle(s, transport, { dryRun: dry });
    say(`${dry ? "dry run, nothing written" : "cycle run"} for ${r.day}`);
    if (!dry) {
      say(`overdue swept: ${r.overdue}; warning changes: ${r.warnings.length}`);
      const by: Record<string, number> = {};
      for (const w of r.warnings) by[w.to] = (by[w.to] ?? 0) + 1;
      for (const [level, n] of Object.entries(by)) say(`  → ${level}: ${n}`);
    }
    say(`${dry ? "would notify" : "notified"}: ${r.notifications} (${r.emails} by e-mail)`);
    for (const m of r.reminders)
      say(`  ${m.username}${m.email ? ` <${m.email}>` : ""}  [${m.kind}]  ${m.title}`);
    if (r.delivery) {
      say(
        `mail (${transport!.kind} ${transport!.where}): ${r.delivery.sent} sent, ${r.delivery.retried} to retry, ${r.delivery.failed} failed`,
      );
    }
  } finally {
    transport?.close();
    await opened.store.close();
  }
}
