// SQLite's main-thread writes wait for a writer holding the gate (an ingest
// storing from its worker thread through its own connection) without blocking
// the event loop, while reads go on; and a second connection's uncommitted
// document is never seen by the first.
import { test } from "node:test";
import assert from "node:assert/strict";
import BetterSqlite3 from "better-sqlite3";
import { sql } from "kysely";
import { freshStore } from "../../helpers/stores.ts";
import { WriteGate } from "../../../src/storage/dialects/write-gate.ts";

const tick = () => new Promise((ok) => setImmediate(ok));

test("the gate: writers share it, an exclusive holder waits for them and holds new ones back", async () => {
  const gate = new WriteGate();
  const log: string[] = [];
  await gate.enter();
  const exclusive = gate.exclusive(async () => {
    log.push("exclusive");
    await tick();
    log.push("exclusive done");
  });
  const late = gate.enter().then(() => log.push("late writer"));
  await tick();
  assert.deepEqual(log, [], "the exclusive holder waits for the writer in");
  gate.leave();
  await exclusive;
  await late;
  assert.deepEqual(log, ["exclusive", "exclusive done", "late writer"]);
  gate.leave();
  assert.equal(gate.held, false);
});

test("the gate lets go after a failing exclusive holder", async () => {
  const gate = new WriteGate();
  await assert.rejects(
    gate.exclusive(async () => {
      throw new Error("boom");
    }),
    /boom/,
  );
  await gate.enter();
  gate.leave();
});

test("sqlite: writes wait for another connection's transaction without freezing the loop; reads go on", async () => {
  const { store, drop } = await freshStore("sqlite");
  const other = new BetterSqlite3(store.location);
  other.pragma("busy_timeout = 0");
  try {
    await store.db
      .insertInto("plans")
      .values({ name: "甲", framework_name: null, created_at: "2025-01-01", updated_at: "2025-01-01" })
      .execute();
    let release!: () => void;
    const held = new Promise<void>((ok) => (release = ok));
    const exclusive = store.exclusiveWrites(async () => {
      // What the ingest worker does: one write transaction through its own connection.
      other.exec("BEGIN IMMEDIATE");
      other
        .prepare(
          "INSERT INTO plans (name, framework_name, created_at, updated_at) VALUES ('乙', NULL, '2025-01-02', '2025-01-02')",
        )
        .run();
      await held;
      other.exec("COMMIT");
    });
    await tick();

    const write = store.db
      .insertInto("plans")
      .values({ name: "丙", framework_name: null, created_at: "2025-01-03", updated_at: "2025-01-03" })
      .execute()
      .then(() => "written");
    const transaction = store.db
      .transaction()
      .execute(async (trx) => {
        await trx.updateTable("plans").set({ framework_name: "x" }).where("name", "=", "甲").execute();
      })
      .then(() => "committed");
    // The loop turns (a timer fires) while both writes wait…
    const timer = await Promise.race([
      new Promise((ok) => setTimeout(() => ok("timer"), 20)),
      write,
      transaction,
    ]);
    assert.equal(timer, "timer");
    // …and reads answer, without the other connection's uncommitted row.
    const names = (await store.db.selectFrom("plans").select("name").orderBy("id").execute()).map(
      (r) => r.name,
    );
    assert.deepEqual(names, ["甲"]);
    const raw = await sql<{ n: number }>`select count(*) as n from plans`.execute(store.db);
    assert.equal(Number(raw.rows[0]!.n), 1);

    release();
    await exclusive;
    assert.equal(await write, "written");
    assert.equal(await transaction, "committed");
    const after = await store.db
      .selectFrom("plans")
      .select(["name", "framework_name"])
      .orderBy("id")
      .execute();
    assert.deepEqual(
      after.map((r) => r.name),
      ["甲", "乙", "丙"],
    );
    assert.equal(after[0]!.framework_name, "x");
  } finally {
    other.close();
    await drop();
  }
});
