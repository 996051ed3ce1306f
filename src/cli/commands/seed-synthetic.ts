// `lantu seed-synthetic --commitments N --reports M [--plans P] [--units U]
// [--seed S]`: fills the configured database with a synthetic province (the
// scale benchmark's fixture) and says how long it took and how big it is.
import { sql } from "kysely";
import { databaseSize } from "../../services/open.ts";
import { seedSynthetic } from "../../services/synthetic/seed.service.ts";
import { LantuError } from "../../errors.ts";
import { intFlag, parse } from "../args.ts";
import { openServices, say } from "./_store.ts";

export async function seedSyntheticCommand(args: string[]): Promise<void> {
  const { values, positionals } = parse(args, {
    commitments: { type: "string" },
    reports: { type: "string" },
    plans: { type: "string" },
    units: { type: "string" },
    seed: { type: "string" },
    quiet: { type: "boolean" },
  });
  if (positionals.length) throw new LantuError("bad_argument", `unexpected argument "${positionals[0]}"`);
  const commitments = intFlag(values.commitments, "commitments");
  if (commitments === undefined) throw new LantuError("bad_argument", "--commitments N is required");
  const reports = intFlag(values.reports, "reports") ?? commitments * 3;
  // A bulk load of millions of rows into indexes in random key order: with
  // SQLite's 2 MB default cache every insert reads the file (a million items
  // slowed from 1,150 to 230 per second as the indexes grew); 1 GB keeps them.
  process.env.LANTU_SQLITE_CACHE_MB ??= "1024";
  const s = await openServices();
  // The fixture is rebuilt rather than recovered after a crash, so the load
  // need not wait for the disk at every checkpoint (it did most of its wall
  // time on a shared machine: 6% CPU over 27 minutes).
  if (s.store.dialect === "sqlite") await sql`PRAGMA synchronous = OFF`.execute(s.store.db);
  try {
    const started = performance.now();
    let shown = 0;
    const result = await seedSynthetic(s, {
      commitments,
      reports,
      plans: intFlag(values.plans, "plans"),
      units: intFlag(values.units, "units"),
      seed: intFlag(values.seed, "seed"),
      onDocument: (done) => {
        if (values.quiet || done.commitments - shown < 50_000) return;
        shown = done.commitments;
        const secs = (performance.now() - started) / 1000;
        process.stderr.write(
          `  ${done.commitments} commitments, ${done.reports} reports, ${secs.toFixed(0)} s (${Math.round(done.commitments / secs)}/s)\n`,
        );
      },
    });
    const seconds = (performance.now() - started) / 1000;
    const bytes = await databaseSize(s);
    say(
      `seeded ${s.store.dialect} ${s.store.location}: ${result.plans} plans, ${result.units} units, ${result.goals} goals, ` +
        `${result.documents} documents, ${result.commitments} commitments, ${result.reports} progress reports, ` +
        `${result.targets} targets, ${result.terms} search terms`,
    );
    say(
      `load time ${seconds.toFixed(1)} s (${Math.round(result.commitments / seconds)} commitments/s); ` +
        `database size ${(bytes / 1048576).toFixed(1)} MB`,
    );
    say(`plans: ${result.planIds.join(",")} (the first is the largest)`);
  } finally {
    await s.store.close();
  }
}
