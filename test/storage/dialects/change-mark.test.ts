// Store.changeMark on both databases: it moves after a write on the same
// connection and after one committed through another connection (as a worker
// thread or another process would); a transaction still open has not moved it
// yet. That it stays while nothing is written is checked on SQLite only:
// PostgreSQL's mark is the cluster's snapshot, which other databases on the
// same server (other tests) move too.
import { test } from "node:test";
import assert from "node:assert/strict";
import { DIALECTS } from "../../helpers/stores.ts";
import { migrateToLatest } from "../../../src/storage/migrate.ts";

for (const { name, make } of DIALECTS) {
  test(`${name}: the change mark moves with every commit and only then`, async () => {
    const made = await make();
    const { store } = made;
    const other = made.reopen();
    try {
      await migrateToLatest(store);
      const units = () => store.db.selectFrom("units").selectAll().execute();
      const stays = (a: string, b: string, why: string) => {
        if (name === "sqlite") assert.equal(a, b, why);
      };
      const first = await store.changeMark();
      await units();
      stays(await store.changeMark(), first, "a read changes nothing");

      await store.db
        .insertInto("units")
        .values({ name: "南岗区", kind: "district", aliases: "[]", created_at: "2025-01-01T00:00:00Z" })
        .execute();
      const afterOwn = await store.changeMark();
      assert.notEqual(afterOwn, first, "this connection's write");
      stays(await store.changeMark(), afterOwn, "nothing since");

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
      stays(await store.changeMark(), afterOther, "not committed yet");
      release();
      await trx;
      assert.notEqual(await store.changeMark(), afterOther, "the commit moved it");
      assert.equal((await units())[0]!.name, "香坊区");
    } finally {
      await other.close();
      await made.drop();
    }
  });
}
