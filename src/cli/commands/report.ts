// `lantu report --period 2023Q1 --out FILE.docx [--plan PLAN] [--issuer NAME]`:
// the 督查通报 for a period as a Word document.
import { writeFileSync } from "node:fs";
import { LantuError } from "../../errors.ts";
import { isPeriod } from "../../domain/period.ts";
import { supervisionReport } from "../../services/supervision-report.service.ts";
import { planByRefOrOnly } from "../../services/plans.read.ts";
import { parse } from "../args.ts";
import { openServices, say } from "./_store.ts";

export async function reportCommand(args: string[]): Promise<void> {
  const { values, positionals } = parse(args, {
    period: { type: "string" },
    out: { type: "string" },
    plan: { type: "string" },
    issuer: { type: "string" },
  });
  if (positionals.length) throw new LantuError("bad_argument", `unexpected argument "${positionals[0]}"`);
  if (!values.period || !isPeriod(values.period)) {
    throw new LantuError(
      "bad_argument",
      `--period wants 2023, 2023H1, 2023Q1 or 2023-03${values.period ? `; got "${values.period}"` : ""}`,
    );
  }
  if (!values.out) throw new LantuError("bad_argument", "report needs --out FILE.docx");
  const s = await openServices();
  try {
    const plan = await planByRefOrOnly(s, values.plan);
    const { bytes, data } = await supervisionReport(s, plan, values.period, values.issuer);
    writeFileSync(values.out, bytes);
    say(
      `督查通报 ${data.periodLabel} for plan ${plan.id} "${plan.name}": ${data.summary.total} items, ${data.overdue.length} overdue, ${data.attention.length} needing attention → ${values.out}`,
    );
  } finally {
    await s.store.close();
  }
}
