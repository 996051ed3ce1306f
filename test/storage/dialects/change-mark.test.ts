// Store.changeMark on both databases: it moves after a write on the same
// connection and after one committed through another connection (as a worker
// thread or another process would); a transaction still open, or rolled
// back, has not moved it; a write to another database on the same
// PostgreSQL server leaves it be; and a mark read before the data never runs
// ahead of it (two reads that see the same mark see the same data).
import { test } from "node:test";
import assert from "node:assert/strict";
import { sql } from "kysely";
import { DIALECTS, freshStore } from "../../helpers/stores.ts";
import { migrateToLatest } from "../../../src/storage/migrate.ts";
import type { Store } from "../../../src/storage/dialects/index.ts";
import { QUIET_TABLES } from "../../../src/storage/dialects/change-mark.ts";

const addUnit = (store: Store, name: string) =>
  store.db
    .insertInto("units")
    .values({ name, kind: "district", aliases: "[]", created_at: "2025-01-01T00:00:00Z" })
    .execute();
const unitName = async (store: Store) =>
  (await store.db.selectFrom("units").select("name").orderBy("id").executeTakeFirstOrThrow()).name;

for (const { name, make } of DIALECTS) {
  test(`${name}: the change mark moves with every commit and only then`, async () => {
    const made = await make();
    const { store } = made;
    const other = made.reopen();
    try {
      await migrateToLatest(store);
      const units = () => store.db.selectFrom("units").selectAll().execute();
      const first = await store.changeMark();
      await units();
      assert.equal(await store.changeMark(), first, "a read changes nothing");

      await addUnit(store, "南岗区");
      const afterOwn = await store.changeMark();
      assert.notEqual(afterOwn, first, "this connection's write");
      assert.equal(await store.changeMark(), afterOwn, "nothing since");

      await other.db.updateTable("units").set({ name: "道里区" }).execute();
      const afterOther = await store.changeMark();
      assert.notEqual(afterOther, afterOwn, "another connection's commit");
      assert.equal((await units())[0]!.name, "道里区");

      // A transaction open on another connection has changed nothing yet.
      let release!: () => void;
      const held = new Promise<void>((r) => (release = r));
      let wrote!: () => void;
      const written = new Promise<void>((r) => (wrote = r));
      const trx = other.db.transaction().execute(async (t) => {
        await t.updateTable("units").set({ name: "香坊区" }).execute();
        wrote();
        await held;
      });
      await written;
      assert.equal((await units())[0]!.name, "道里区", "the last commit is what is read");
      assert.equal(await store.changeMark(), afterOther, "not committed yet");
      release();
      await trx;
      const afterCommit = await store.changeMark();
      assert.notEqual(afterCommit, afterOther, "the commit moved it");
      assert.equal((await units())[0]!.name, "香坊区");

      // Rolled back on another connection: nothing was committed, the mark stays.
      await assert.rejects(
        other.db.transaction().execute(async (t) => {
          await t.updateTable("units").set({ name: "松北区" }).execute();
          throw new Error("roll back");
        }),
        /roll back/,
      );
      assert.equal(await store.changeMark(), afterCommit, "another connection's rollback");
      // On this connection too on PostgreSQL. SQLite's total_changes() counts
      // the rolled-back rows, so there the mark moves: a kept answer is read
      // again once for nothing, which costs time and is never wrong.
      await assert.rejects(
        store.db.transaction().execute(async (t) => {
          await t.updateTable("units").set({ name: "松北区" }).execute();
          throw new Error("roll back");
        }),
        /roll back/,
      );
      if (name === "postgres")
        assert.equal(await store.changeMark(), afterCommit, "this connection's rollback");
      assert.equal(await unitName(store), "香坊区");
    } finally {
      await other.close();
      await made.drop();
    }
  });

  test(`${name}: a mark read before the data never runs ahead of it`, async () => {
    const made = await make();
    const { store } = made;
    const other = made.reopen();
    try {
      await migrateToLatest(store);
      await addUnit(store, "v0");
      // A writer commits v1, v2, … through another connection (each transaction
      // writes twice, with a pause between, so a mark raised before the commit
      // would be seen early). The reader reads the data, the mark, the data
      // again. A request keeps what it read after the mark (`after`) under the
      // mark; a later request that reads the same mark is served it, and must
      // not be behind what was committed before that mark was read (`before`
      // of the later read). Otherwise an answer computed before a commit would
      // be kept under a mark read after it.
      let stop = false;
      const writer = (async () => {
        for (let k = 1; !stop && k <= 400; k++)
          await other.db.transaction().execute(async (t) => {
            await t
              .updateTable("units")
              .set({ name: `w${k}` })
              .execute();
            await new Promise((r) => setTimeout(r, 1));
            await t
              .updateTable("units")
              .set({ name: `v${k}` })
              .execute();
          });
      })();
      const version = (data: string) => {
        assert.match(data, /^v\d+$/, "no half-done transaction is read");
        return Number(data.slice(1));
      };
      const seen: { mark: string; before: number; after: number }[] = [];
      try {
        const base = Number(await store.changeMark());
        for (let i = 0; i < 400; i++) {
          const before = version(await unitName(store));
          const mark = await store.changeMark();
          const after = version(await unitName(store));
          seen.push({ mark, before, after });
          // On PostgreSQL the mark counts this database's writing commits: the
          // k-th commit of the writer is mark base + k, and the data read after
          // the mark holds at least that commit.
          if (name === "postgres") assert.ok(after >= Number(mark) - base, `mark ${mark} ahead of v${after}`);
          await new Promise((r) => setImmediate(r));
        }
      } finally {
        stop = true;
        await writer;
      }
      const byMark = new Map<string, number>();
      for (const { mark, before, after } of seen) {
        const kept = byMark.get(mark);
        if (kept !== undefined)
          assert.ok(kept >= before, `mark ${mark}: kept v${kept}, v${before} committed`);
        else byMark.set(mark, after);
      }
      assert.ok(byMark.size > 1, "the writer's commits were seen");
    } finally {
      await other.close();
      await made.drop();
    }
  });
}

test("postgres: a write to another database on the same server leaves the mark be", async () => {
  const here = await freshStore("postgres");
  const there = await freshStore("postgres");
  try {
    const mark = await here.store.changeMark();
    await addUnit(there.store, "南岗区");
    await there.store.db.updateTable("units").set({ name: "道里区" }).execute();
    assert.equal(await here.store.changeMark(), mark, "another database's commits");
    await addUnit(here.store, "南岗区");
    assert.notEqual(await here.store.changeMark(), mark, "this database's commit");
  } finally {
    await there.drop();
    await here.drop();
  }
});

test("postgres: every table but the quiet ones raises the mark, one a later migration adds too", async () => {
  const made = await freshStore("postgres", true, "mark");
  const { store } = made;
  try {
    const bare = async () =>
      (
        await sql<{ relname: string }>`
          select c.relname from pg_class c
          where c.relnamespace = current_schema()::regnamespace and c.relkind = 'r'
            and c.relname not in ('change_mark', 'change_mark_pending', 'session_mark')
            and not exists (select 1 from pg_trigger g where g.tgrelid = c.oid and g.tgname = 'lantu_change_mark')
          order by 1`.execute(store.db)
      ).rows.map((r) => r.relname);
    assert.deepEqual(await bare(), [...QUIET_TABLES].sort());
    await sql`create table later_table (x int)`.execute(store.db);
    assert.deepEqual(await bare(), ["later_table", ...QUIET_TABLES].sort());
    await migrateToLatest(store);
    assert.deepEqual(await bare(), [...QUIET_TABLES].sort(), "the next migration run covers it");
    const mark = await store.changeMark();
    await sql`insert into later_table values (1)`.execute(store.db);
    const afterInsert = await store.changeMark();
    assert.notEqual(afterInsert, mark);
    await sql`truncate later_table`.execute(store.db);
    assert.notEqual(await store.changeMark(), afterInsert, "a truncate");

    // A savepoint rolled back takes its write with it; one after it counts.
    const before = await store.changeMark();
    await store.db.transaction().execute(async (t) => {
      await sql`savepoint s`.execute(t);
      await sql`insert into later_table values (2)`.execute(t);
      await sql`rollback to savepoint s`.execute(t);
    });
    assert.equal(await store.changeMark(), before, "only a rolled-back savepoint wrote");
    await store.db.transaction().execute(async (t) => {
      await sql`savepoint s`.execute(t);
      await sql`insert into later_table values (2)`.execute(t);
      await sql`rollback to savepoint s`.execute(t);
      await sql`insert into later_table values (3)`.execute(t);
    });
    assert.equal(Number(await store.changeMark()), Number(before) + 1, "one raise per transaction");

    // Writers on several connections raise different rows of the mark; the
    // mark counts every commit all the same.
    const rows = await sql<{ n: number }>`select count(*)::int as n from change_mark`.execute(store.db);
    assert.equal(rows.rows[0]!.n, 16);
    const other = made.reopen();
    try {
      const start = Number(await store.changeMark());
      await Promise.all(
        Array.from({ length: 40 }, (_, i) => sql`insert into later_table values (${i})`.execute(other.db)),
      );
      assert.equal(Number(await store.changeMark()), start + 40, "40 commits on 10 connections");
    } finally {
      await other.close();
    }
  } finally {
    await made.drop();
  }
});

// The mark leaves out the quiet tables (migration 20250131T000000_quiet_sessions):
// a sign-in, a sign-out, a notice read, a mail sent keep every kept answer.
for (const { name } of DIALECTS) {
  test(`${name}: sessions, notices and mail leave the mark be; a sign-out moves the sessions' mark`, async () => {
    const made = await freshStore(name, true, "mark");
    const { store } = made;
    const other = made.reopen();
    try {
      await addUnit(store, "南岗区");
      const user = await store.db
        .insertInto("users")
        .values({
          username: "sup",
          display_name: "督查",
          password_hash: "!",
          role: "supervisor",
          unit_id: null,
          disabled: 0,
          created_at: "2025-01-01T00:00:00Z",
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      const session = (db: Store["db"], id: string) =>
        db
          .insertInto("sessions")
          .values({ id, user_id: user.id, created_at: "2025-01-01", expires_at: "2099-01-01" })
          .execute();
      const m0 = await store.changeMarks();
      assert.equal(await store.changeMark(), m0.data);

      // Sign-ins, here and through another connection: neither mark moves.
      await session(store.db, "a");
      await session(other.db, "b");
      assert.deepEqual(await store.changeMarks(), m0, "a sign-in");

      // A reminder's notice, read; a mail queued, claimed, sent.
      const notice = await other.db
        .insertInto("notifications")
        .values({
          user_id: user.id,
          plan_id: null,
          kind: "due",
          dedupe_key: "k1",
          title: "提醒",
          body: "到期",
          link: null,
          created_at: "2025-01-01",
          read_at: null,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      await store.db
        .updateTable("notifications")
        .set({ read_at: "2025-01-02" })
        .where("id", "=", notice.id)
        .execute();
      await store.db
        .insertInto("outbox")
        .values({
          notification_id: notice.id,
          dedupe_key: "m1",
          to_address: "a@example.org",
          subject: "提醒",
          body: "到期",
          message_id: "<m1@example.org>",
          state: "pending",
          attempts: 0,
          next_attempt_at: "2025-01-01",
          last_error: null,
          sent_at: null,
          created_at: "2025-01-01",
        })
        .execute();
      await other.db.updateTable("outbox").set({ state: "sent", sent_at: "2025-01-02" }).execute();
      assert.deepEqual(await store.changeMarks(), m0, "notices and mail");

      // A sign-out through another connection: the sessions' mark moves, the data's does not.
      await other.db.deleteFrom("sessions").where("id", "=", "b").execute();
      const m1 = await store.changeMarks();
      assert.equal(m1.data, m0.data, "a sign-out keeps the kept answers");
      assert.notEqual(m1.sessions, m0.sessions, "a sign-out ends the kept session");
      await store.db.deleteFrom("sessions").where("id", "=", "a").execute();
      const m2 = await store.changeMarks();
      assert.equal(m2.data, m0.data);
      assert.notEqual(m2.sessions, m1.sessions, "this connection's sign-out");

      // Plan data, here or through another connection, and a user: the data's mark moves.
      await other.db.updateTable("units").set({ name: "道里区" }).execute();
      const m3 = await store.changeMarks();
      assert.notEqual(m3.data, m2.data, "another connection's unit renamed");
      await store.db.updateTable("users").set({ role: "reporter" }).where("id", "=", user.id).execute();
      const m4 = await store.changeMarks();
      assert.notEqual(m4.data, m3.data, "a user's role");
      await sql`delete from units`.execute(other.db);
      assert.notEqual((await store.changeMarks()).data, m4.data, "a delete");
    } finally {
      await other.close();
      await made.drop();
    }
  });

  test(`${name}: a mark read inside a transaction that rolls back never names a later commit`, async () => {
    const made = await freshStore(name, true, "mark");
    const { store } = made;
    try {
      await addUnit(store, "南岗区");
      // On SQLite the mark is read on the connection the transaction holds:
      // read from the counter row, it would be the transaction's raise, which
      // the rollback undoes and the next commit makes again over other data.
      let inside = "";
      await assert.rejects(
        store.db.transaction().execute(async (t) => {
          await t.updateTable("units").set({ name: "道里区" }).execute();
          inside = await store.changeMark();
          throw new Error("roll back");
        }),
        /roll back/,
      );
      await addUnit(store, "香坊区");
      assert.notEqual(await store.changeMark(), inside);
    } finally {
      await made.drop();
    }
  });
}

test("sqlite: every table but the quiet ones raises the mark, one a later migration adds too", async () => {
  const made = await freshStore("sqlite");
  const { store } = made;
  try {
    const bare = async () =>
      (
        await sql<{ name: string }>`
          select t.name from sqlite_master t
          where t.type = 'table' and t.name not like 'sqlite_%' and t.name not in ('change_mark', 'session_mark')
            and (select count(*) from sqlite_master g
                 where g.type = 'trigger' and g.tbl_name = t.name and g.name like 'lantu_change_mark_%') < 3
          order by 1`.execute(store.db)
      ).rows.map((r) => r.name);
    assert.deepEqual(await bare(), [...QUIET_TABLES].sort());
    await sql`create table later_table (x int)`.execute(store.db);
    assert.deepEqual(await bare(), ["later_table", ...QUIET_TABLES].sort());
    await migrateToLatest(store);
    assert.deepEqual(await bare(), [...QUIET_TABLES].sort(), "the next migration run covers it");
    const mark = await store.changeMark();
    await sql`insert into later_table values (1)`.execute(store.db);
    const afterInsert = await store.changeMark();
    assert.notEqual(afterInsert, mark);
    await sql`update later_table set x = 2`.execute(store.db);
    const afterUpdate = await store.changeMark();
    assert.notEqual(afterUpdate, afterInsert, "an update");
    await sql`delete from later_table`.execute(store.db);
    assert.notEqual(await store.changeMark(), afterUpdate, "a delete of every row");
    // Renamed: its triggers follow it, none is doubled, and the next run leaves it be.
    await sql`alter table later_table rename to renamed_table`.execute(store.db);
    await migrateToLatest(store);
    assert.deepEqual(await bare(), [...QUIET_TABLES].sort());
    const n = (
      await sql<{ n: number }>`select count(*) as n from sqlite_master
        where type = 'trigger' and tbl_name = 'renamed_table'`.execute(store.db)
    ).rows[0]!.n;
    assert.equal(n, 3);
  } finally {
    await made.drop();
  }
});
