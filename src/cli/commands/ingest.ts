// `lantu ingest FILE [--plan NAME] [--revises DOCUMENT] [--year N]`: reads a
// document, extracts it and stores the items as proposed, with evidence.
import { userInfo } from "node:os";
import { basename } from "node:path";
import { readFileSync } from "node:fs";
import { LantuError } from "../../errors.ts";
import { parseFrameworkInput } from "../../engine/index.ts";
import { readDocument } from "../../input/read-document.ts";
import { ingest } from "../../services/ingest.service.ts";
import { intFlag, parse } from "../args.ts";
import { openServices, say } from "./_store.ts";

export async function ingestCommand(args: string[]): Promise<void> {
  const { values, positionals } = parse(args, {
    plan: { type: "string" },
    revises: { type: "string" },
    year: { type: "string" },
    framework: { type: "string" },
    encoding: { type: "string" },
    title: { type: "string" },
  });
  const file = positionals[0];
  if (!file) throw new LantuError("bad_argument", "ingest needs a FILE");
  if (positionals.length > 1) throw new LantuError("bad_argument", `unexpected argument "${positionals[1]}"`);
  const year = intFlag(values.year, "year");
  const doc = await readDocument(file, { encoding: values.encoding });
  let framework;
  if (values.framework) {
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(values.framework, "utf8"));
    } catch (err) {
      throw new LantuError("bad_framework", `${values.framework}: ${(err as Error).message}`);
    }
    framework = parseFrameworkInput(raw, values.framework);
  }
  const s = await openServices();
  try {
    const actor = { id: null, name: `cli:${userInfo().username}`, role: "system" as const, unitId: null };
    const r = await ingest(
      s,
      {
        text: doc.text,
        source: basename(file),
        format: doc.format,
        encoding: doc.encoding,
        title: values.title,
        year,
        plan: values.plan,
        revises: values.revises,
        framework,
        pages: doc.pages,
      },
      actor,
    );
    // Not errors (the document was read and stored), but the user must be told.
    for (const w of r.warnings) process.stderr.write(`lantu ingest: ${w.message}\n`);
    if (!r.created) {
      say(`already stored: document ${r.document.id} of plan "${r.plan.name}" (same text); nothing changed`);
      return;
    }
    const c = r.counts;
    say(`document ${r.document.id} "${r.document.title}" → plan ${r.plan.id} "${r.plan.name}"`);
    if (r.revises)
      say(
        `revises document ${r.revises}: ${c.updated} items updated, ${c.kept} reviewed items kept as they are`,
      );
    say(`${c.added} new proposed items, ${c.targets} targets (database: ${s.store.location})`);
  } finally {
    await s.store.close();
  }
}
