// The SQL of the hot reads is what docs/sql/ shows: a changed query fails
// here until its snapshot is regenerated (npm run sql:snapshots) and the
// change to the SQL is reviewed with the code.
import { test } from "node:test";
import assert from "node:assert/strict";
import { checkedIn, snapshots } from "../../scripts/sql-snapshots.ts";

test("docs/sql holds the SQL each hot read runs, on both dialects (else: npm run sql:snapshots)", async () => {
  const fresh = await snapshots();
  const stored = checkedIn();
  assert.deepEqual([...stored.keys()].sort(), [...fresh.keys()].sort());
  for (const [file, text] of fresh) assert.equal(stored.get(file), text, `docs/sql/${file} is stale`);
});

test("the snapshots are of real statements: every read runs at least one select on each dialect", async () => {
  for (const [file, text] of await snapshots()) assert.match(text, /^select /m, file);
  const pg = (await snapshots()).get("overview.postgres.sql")!;
  assert.match(pg, /\$1/, "PostgreSQL placeholders are numbered");
  assert.doesNotMatch((await snapshots()).get("overview.sqlite.sql")!, /\$1/);
});
