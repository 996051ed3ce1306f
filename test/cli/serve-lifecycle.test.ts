// `lantu serve` as a real process, on SQLite and PostgreSQL:
//   - SIGTERM drains: a request under way when the signal comes (its body
//     still arriving) answers 2xx, an upload answered 202 just before is
//     stored, new connections are refused meanwhile, the database is closed
//     cleanly (SQLite: its log checkpointed away) and the process exits 0;
//   - SQLite: a second server on the same file refuses to start with a clear
//     message while the first runs, and starts once the first has stopped —
//     after SIGTERM, and after SIGKILL (no stale lock).
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import { sql } from "kysely";
import { openPostgres, openSqlite, type Store } from "../../src/storage/dialects/index.ts";
import { adminQuery, withDatabase } from "../../src/storage/dialects/postgres.ts";
import { migrateToLatest } from "../../src/storage/migrate.ts";
import { makeServices } from "../../src/services/context.ts";
import { createUser } from "../../src/services/admin.service.ts";
import { SYSTEM_ACTOR } from "../../src/domain/types.ts";
import { PG_URL } from "../helpers/stores.ts";
import { Client } from "../helpers/client.ts";
import { integrityProblems } from "../helpers/integrity.ts";
import { startCli, waitForOutput, type Running } from "../helpers/cli-process.ts";
import { ROOT } from "./run-cli.ts";

const USER = { username: "ops", password: "ops-password-1" };
const SERVING = /serving at http:\/\/localhost:(\d+)/;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function startServer(db: string): Promise<{ server: Running; base: string }> {
  const server = startCli(["serve", "--port", "0"], db, {
    LANTU_CYCLE_MINUTES: "600",
    LANTU_OUTBOX_DIR: mkdtempSync(join(tmpdir(), "lantu-outbox-")),
  });
  const m = await waitForOutput(server, SERVING);
  return { server, base: `http://127.0.0.1:${m[1]}` };
}

/** A sign-in whose body arrives in two parts: the second only when `finish` is called. */
function slowSignIn(base: string) {
  const body = Buffer.from(JSON.stringify(USER));
  const half = Math.floor(body.length / 2);
  const req = request(`${base}/api/session`, {
    method: "POST",
    headers: { "content-type": "application/json", "content-length": body.length, connection: "close" },
  });
  const answered = new Promise<{ status: number; cookie: boolean }>((resolve, reject) => {
    req.on("response", (res) => {
      res.resume();
      res.on("end", () =>
        resolve({
          status: res.statusCode ?? 0,
          cookie: (res.headers["set-cookie"] ?? []).some((c) => c.startsWith("lantu_session=")),
        }),
      );
    });
    req.on("error", reject);
  });
  req.write(body.subarray(0, half));
  return { finish: () => req.end(body.subarray(half)), answered };
}

/** Whether a new connection is refused (the listening socket is closed). */
async function refused(base: string): Promise<boolean> {
  try {
    await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(5000) });
    return false;
  } catch (err) {
    return /ECONNREFUSED/.test(String((err as { cause?: unknown }).cause ?? err));
  }
}

async function prepare(store: Store) {
  await migrateToLatest(store);
  await createUser(makeServices(store), SYSTEM_ACTOR, { ...USER, role: "supervisor" });
}

async function drains(db: string, reopen: () => Store, after: () => Promise<void>) {
  const { server, base } = await startServer(db);
  const ops = new Client(base);
  assert.equal((await ops.login(USER.username, USER.password)).status, 200);
  const form = new FormData();
  form.append("plan", "排空测试");
  form.append("file", new Blob([readFileSync(join(ROOT, "demo/harbin-2022-districts.txt"))]), "demo.txt");
  const upload = await ops.call("POST", "/api/documents/upload", form);
  assert.equal(upload.status, 202, JSON.stringify(upload.body));

  const slow = slowSignIn(base);
  await sleep(300); // the request's headers are in: it is under way
  server.child.kill("SIGTERM");
  await waitForOutput(server, /SIGTERM: finishing/);
  assert.ok(await refused(base), "new connections are refused while the server drains");
  slow.finish();
  const answer = await slow.answered;
  assert.equal(answer.status, 200, "the request under way at SIGTERM answered");
  assert.ok(answer.cookie);
  const exit = await server.exited;
  assert.equal(exit.code, 0, exit.stderr);
  assert.match(exit.stdout, /stopped: database closed/);

  await after();
  const store = reopen();
  try {
    const docs = await store.db.selectFrom("documents").select(["title", "source"]).execute();
    assert.deepEqual(
      docs.map((d) => d.source),
      ["demo.txt"],
      "the upload accepted before SIGTERM was stored",
    );
    assert.ok(
      (await store.db.selectFrom("commitments").select("id").execute()).length > 10,
      "with its items",
    );
    assert.deepEqual(await integrityProblems(store), []);
  } finally {
    await store.close();
  }
}

test("sqlite: SIGTERM drains; one server per database file", { timeout: 600_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), "lantu-serve-"));
  const file = join(dir, "lantu.db");
  try {
    const store = openSqlite(file);
    await prepare(store);
    await store.close();

    // A second server on the same file refuses, and the first goes on.
    const first = await startServer(file);
    const second = await startCli(["serve", "--port", "0"], file).exited;
    assert.equal(second.code, 2, second.stdout + second.stderr);
    assert.match(second.stderr, /another Lantu server is serving .*lantu\.db/);
    assert.match(second.stderr, /stop it first, or give this server its own database/);
    assert.equal((await fetch(`${first.base}/api/health`)).status, 200, "the first server still serves");
    // The CLI's commands still run beside the server.
    const list = await startCli(["user", "list"], file).exited;
    assert.equal(list.code, 0, list.stderr);
    assert.match(list.stdout, /ops\tsupervisor/);
    // A server killed outright leaves no stale lock.
    first.server.child.kill("SIGKILL");
    await first.server.exited;

    await drains(
      file,
      () => openSqlite(file),
      async () => {
        // Closed cleanly: the last connection checkpointed the log and removed it.
        const wal = `${file}-wal`;
        assert.ok(!existsSync(wal) || statSync(wal).size === 0, "the WAL was checkpointed at close");
      },
    );
    // After SIGTERM the lock is released too.
    const again = await startServer(file);
    again.server.child.kill("SIGTERM");
    assert.equal((await again.server.exited).code, 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("postgres: SIGTERM drains in-flight requests and accepted uploads", { timeout: 600_000 }, async () => {
  const name = `lantu_test_${randomBytes(6).toString("hex")}`;
  await adminQuery(PG_URL, `CREATE DATABASE ${name}`);
  const url = withDatabase(PG_URL, name);
  try {
    const store = openPostgres(url);
    await prepare(store);
    await store.close();
    const probe = openPostgres(url);
    try {
      await drains(
        url,
        () => openPostgres(url),
        async () => {
          // Closed cleanly: the server's pool ended its connections (no idle or open transaction left).
          const left = await sql<{ n: number }>`
            SELECT count(*)::int AS n FROM pg_stat_activity
            WHERE datname = ${name} AND pid <> pg_backend_pid()`.execute(probe.db);
          assert.equal(left.rows[0]!.n, 0, "no server connection left");
        },
      );
    } finally {
      await probe.close();
    }
  } finally {
    await adminQuery(PG_URL, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
});
