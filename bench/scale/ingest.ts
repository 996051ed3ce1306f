// Ingest speed at scale: a large synthetic document (the seeder's text)
// through the real ingest service and engine into a fresh database. The
// extraction is timed apart, so the figure is the storing rate the issue
// asks for (commitments stored per second, one transaction).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import { extract } from "../../src/engine/index.ts";
import type { ExtractOptions } from "../../src/engine/types.ts";
import { SYSTEM_ACTOR } from "../../src/domain/types.ts";
import { makeServices } from "../../src/services/context.ts";
import { ingest } from "../../src/services/ingest.service.ts";
import { syntheticDocument } from "../../src/services/synthetic/items.ts";
import { random } from "../../src/services/synthetic/random.ts";
import { openPostgres, openSqlite, type Store } from "../../src/storage/dialects/index.ts";
import { adminQuery, withDatabase } from "../../src/storage/dialects/postgres.ts";
import { migrateToLatest } from "../../src/storage/migrate.ts";

export async function measureIngest(dialect: "sqlite" | "postgres", pgUrl: string, items = 5000) {
  const r = random(99);
  const units = Array.from({ length: 40 }, (_, i) => i + 1);
  const { text } = syntheticDocument(r, {
    size: items,
    year: 2024,
    today: "2025-06-15",
    unitIds: units,
    unitNames: new Map(units.map((u) => [u, `第${u}区`])),
    goals: [{ id: 1, name: "目标" }],
    reportsPerConfirmed: 0,
  });
  let store: Store;
  let drop: () => Promise<void>;
  if (dialect === "sqlite") {
    const dir = mkdtempSync(join(tmpdir(), "lantu-ingest-"));
    store = openSqlite(join(dir, "ingest.db"));
    drop = async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    };
  } else {
    const name = `lantu_ingest_${randomBytes(4).toString("hex")}`;
    await adminQuery(pgUrl, `CREATE DATABASE ${name}`);
    store = openPostgres(withDatabase(pgUrl, name));
    drop = async () => {
      await store.close();
      await adminQuery(pgUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    };
  }
  try {
    await migrateToLatest(store);
    let extractMs = 0;
    let extractCpuMs = 0;
    const timed = (t: string, o: ExtractOptions) => {
      const t0 = performance.now();
      const c0 = process.cpuUsage();
      const x = extract(t, o);
      extractMs += performance.now() - t0;
      const c = process.cpuUsage(c0);
      extractCpuMs += (c.user + c.system) / 1000;
      return x;
    };
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    const res = await ingest(
      makeServices(store),
      { text, source: "synthetic-ingest.txt", year: 2024, plan: "入库测速" },
      SYSTEM_ACTOR,
      timed,
    );
    const total = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    const stored = res.counts.added;
    const storeMs = total - extractMs;
    // On a shared machine the wall clock includes waiting for a core; the
    // process's own CPU time (SQLite runs in this thread) says what a free core does.
    const storeCpuMs = (cpu.user + cpu.system) / 1000 - extractCpuMs;
    return {
      stored,
      storeMs,
      storeCpuMs,
      extractMs,
      summary:
        `${stored} commitments (${(text.length / 1024).toFixed(0)} KB document) stored in ${(storeMs / 1000).toFixed(2)} s wall = ` +
        `${Math.round((stored / storeMs) * 1000)} commitments/s; CPU time ${(storeCpuMs / 1000).toFixed(2)} s = ` +
        `${Math.round((stored / storeCpuMs) * 1000)} commitments/s per core (extraction apart: ${(extractMs / 1000).toFixed(2)} s)`,
    };
  } finally {
    await drop();
  }
}
