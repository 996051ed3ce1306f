// `lantu import FILE.xlsx [--partial] [--plan PLAN]`: reads a task table and
// stores it in one transaction — all of it, or (with --partial) the rows that
// read, reporting the rest by row, column and reason.
import { readFileSync, statSync } from "node:fs";
import { userInfo } from "node:os";
import { basename } from "node:path";
import { LantuError, isLantuError } from "../../errors.ts";
import type { RowProblem } from "../../exchange/index.ts";
import { describeProblem, importTaskTable } from "../../services/task-table.service.ts";
import { parse } from "../args.ts";
import { openServices, say } from "./_store.ts";

const MAX_BYTES = 50 * 1024 * 1024;

export async function importCommand(args: string[]): Promise<void> {
  const { values, positionals } = parse(args, {
    partial: { type: "boolean" },
    plan: { type: "string" },
  });
  const file = positionals[0];
  if (!file) throw new LantuError("bad_argument", "import needs a FILE (.xlsx)");
  if (positionals.length > 1) throw new LantuError("bad_argument", `unexpected argument "${positionals[1]}"`);
  let bytes: Buffer;
  try {
    if (statSync(file).size > MAX_BYTES) {
      throw new LantuError("file_too_large", `${file}: larger than ${MAX_BYTES / 1024 / 1024} MB`);
    }
    bytes = readFileSync(file);
  } catch (err) {
    if (isLantuError(err)) throw err;
    throw new LantuError("file_not_found", `${file}: no such file`);
  }
  const s = await openServices();
  try {
    const actor = { id: null, name: `cli:${userInfo().username}`, role: "system" as const, unitId: null };
    let r;
    try {
      r = await importTaskTable(s, actor, bytes, {
        source: basename(file),
        plan: values.plan,
        partial: values.partial,
      });
    } catch (err) {
      const problems = isLantuError(err)
        ? (err.details as { problems?: RowProblem[] } | undefined)?.problems
        : undefined;
      for (const p of problems ?? []) process.stderr.write(`  ${describeProblem(p)}\n`);
      throw err;
    }
    say(`plan ${r.plan.id} "${r.plan.name}", sheet "${r.sheet}": ${r.rows} rows read`);
    say(
      `${r.created.length} new proposed items, ${r.updated.length} updated, ${r.unchanged} unchanged, ${r.existing} already in the plan`,
    );
    for (const st of r.stale) {
      say(
        `  row ${st.row}: item ${st.id} is at version ${st.current}, the table has ${st.version}: not applied (export again)`,
      );
    }
    if (r.skipped.length) say(`${r.skipped.length} problems, those rows skipped:`);
    for (const p of r.skipped) say(`  ${describeProblem(p)}`);
    for (const n of r.notes) say(`  row ${n.row}: ${n.message}`);
  } finally {
    await s.store.close();
  }
}
