// Concurrency against a real server process (`lantu serve`, over HTTP), on
// SQLite and PostgreSQL at once: 20 writers — 10 reporters filing progress on
// their unit's items, 10 supervisors changing the items' deadlines with
// If-Match — and 2 reviewers editing the same items' wording with If-Match,
// all on a few hot items, for LANTU_CONCURRENCY_SECONDS (default 30). Then:
//   - no answer is a 5xx;
//   - no lost update: every 2xx write is in the database (a report by its id
//     and words, an edit by its version and value in the item's audit trail),
//     each 2xx edit's new version is its base + 1, no two 2xx edits of an
//     item share a base version, and the item's final version is its first
//     plus the number of 2xx edits;
//   - audit entries equal the successful changes, by kind;
//   - the aggregate tables equal a recount of the items.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import { openPostgres, openSqlite, type Store } from "../../src/storage/dialects/index.ts";
import { adminQuery, withDatabase } from "../../src/storage/dialects/postgres.ts";
import { migrateToLatest } from "../../src/storage/migrate.ts";
import { makeServices, type Services } from "../../src/services/context.ts";
import { createUser, login } from "../../src/services/admin.service.ts";
import { ingest } from "../../src/services/ingest.service.ts";
import { confirm } from "../../src/services/review.service.ts";
import { readDocument } from "../../src/input/read-document.ts";
import { SYSTEM_ACTOR } from "../../src/domain/types.ts";
import { PG_URL } from "../helpers/stores.ts";
import { recount, stored } from "../helpers/aggregates.ts";
import { integrityProblems } from "../helpers/integrity.ts";
import { seeded, startCli, waitForOutput } from "../helpers/cli-process.ts";
import { ROOT } from "../cli/run-cli.ts";

const SECONDS = Number(process.env.LANTU_CONCURRENCY_SECONDS || 30);
const HOT = 6;
const YEAR = new Date().getUTCFullYear();

interface Writer {
  cookie: string;
  csrf: string;
}

interface Edit {
  item: number;
  base: number;
  version: number;
  kind: "deadline" | "text";
  value: string;
}

interface Tally {
  requests: number;
  statuses: Map<number, number>;
  fiveHundreds: string[];
  edits: Edit[];
  reports: { id: number; item: number; narrative: string }[];
}

/** The demo plan, confirmed; the hot items and a reporter unit for each. */
async function seed(store: Store): Promise<{ items: { id: number; unit: number }[]; s: Services }> {
  await migrateToLatest(store);
  const s = makeServices(store);
  const doc = await readDocument(join(ROOT, "demo/harbin-2022-districts.txt"));
  const r = await ingest(
    s,
    { text: doc.text, source: "demo.txt", encoding: doc.encoding, format: doc.format, year: 2022 },
    SYSTEM_ACTOR,
  );
  const rows = await store.db
    .selectFrom("commitments")
    .select(["id", "version", "unit_id"])
    .where("document_id", "=", r.document.id)
    .orderBy("id")
    .execute();
  for (const c of rows) await confirm(s, SYSTEM_ACTOR, c.id, c.version);
  // Hot items: one per unit, so that each reporter's unit has one.
  const byUnit = new Map<number, number>();
  for (const c of rows) if (c.unit_id !== null && !byUnit.has(c.unit_id)) byUnit.set(c.unit_id, c.id);
  const items = [...byUnit].slice(0, HOT).map(([unit, id]) => ({ id, unit }));
  assert.equal(items.length, HOT, "the demo has enough units");
  return { items, s };
}

/** Signs a user in through the service (the server's sign-in limit is for people) and gets a CSRF token over HTTP. */
async function session(s: Services, base: string, username: string, password: string): Promise<Writer> {
  const { token } = await login(s, username, password);
  const cookie = `lantu_session=${token}`;
  const me = await fetch(`${base}/api/me`, { headers: { cookie } });
  const body = (await me.json()) as { csrf_token: string };
  // The CSRF secret cookie the token is checked against.
  const secret = me.headers
    .getSetCookie()
    .map((c) => c.split(";")[0]!)
    .join("; ");
  return { cookie: `${cookie}; ${secret}`, csrf: body.csrf_token };
}

async function call(
  t: Tally,
  base: string,
  w: Writer,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
): Promise<{ status: number; body: any; etag: string | null }> {
  const res = await fetch(base + path, {
    method,
    headers: {
      cookie: w.cookie,
      "x-csrf-token": w.csrf,
      ...(body === undefined ? {} : { "content-type": "application/json" }),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  t.requests++;
  t.statuses.set(res.status, (t.statuses.get(res.status) ?? 0) + 1);
  if (res.status >= 500) t.fiveHundreds.push(`${method} ${path} → ${res.status} ${text.slice(0, 200)}`);
  let parsed: unknown;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    parsed = text;
  }
  return { status: res.status, body: parsed, etag: res.headers.get("etag") };
}

const versionOf = (etag: string | null) => Number(/\d+/.exec(etag ?? "")?.[0] ?? NaN);

async function load(
  base: string,
  s: Services,
  items: { id: number; unit: number }[],
  users: { reporters: string[]; supervisors: string[]; reviewers: string[] },
  seed: number,
): Promise<Tally> {
  const t: Tally = { requests: 0, statuses: new Map(), fiveHundreds: [], edits: [], reports: [] };
  // Everyone signed in first: the clock runs for the writes alone.
  const sessions = new Map<string, Writer>();
  for (const name of [...users.reporters, ...users.supervisors, ...users.reviewers])
    sessions.set(name, await session(s, base, name, "password-" + name));
  const end = Date.now() + SECONDS * 1000;
  const rand = seeded(seed);
  let serial = 0;

  const reporter = async (name: string, item: number) => {
    const w = sessions.get(name)!;
    while (Date.now() < end) {
      const narrative = `${name} 报告 ${++serial}`;
      const r = await call(t, base, w, "POST", `/api/commitments/${item}/progress`, {
        period: String(YEAR),
        narrative,
      });
      if (r.status === 201) t.reports.push({ id: r.body.id, item, narrative });
    }
  };
  // Read the version, then change with If-Match: a 409 means someone was first.
  const editor = async (name: string, kind: Edit["kind"]) => {
    const w = sessions.get(name)!;
    while (Date.now() < end) {
      const item = items[Math.floor(rand() * items.length)]!.id;
      const read = await call(t, base, w, "GET", `/api/commitments/${item}`);
      if (read.status !== 200) continue;
      const baseVersion = versionOf(read.etag);
      const value =
        kind === "deadline"
          ? `${YEAR + (rand() < 0.5 ? -1 : 1)}-0${1 + Math.floor(rand() * 9)}-1${Math.floor(rand() * 10)}`
          : `${read.body.text.replace(/（改\d+）$/, "")}（改${++serial}）`;
      const r =
        kind === "deadline"
          ? await call(
              t,
              base,
              w,
              "PATCH",
              `/api/commitments/${item}`,
              { deadline: value },
              {
                "if-match": `"${baseVersion}"`,
              },
            )
          : await call(
              t,
              base,
              w,
              "POST",
              `/api/commitments/${item}/edit`,
              { text: value },
              {
                "if-match": `"${baseVersion}"`,
              },
            );
      if (r.status === 200)
        t.edits.push({ item, base: baseVersion, version: versionOf(r.etag), kind, value });
    }
  };
  await Promise.all([
    ...users.reporters.map((name, i) => reporter(name, items[i % items.length]!.id)),
    ...users.supervisors.map((name) => editor(name, "deadline")),
    ...users.reviewers.map((name) => editor(name, "text")),
  ]);
  return t;
}

async function verify(
  store: Store,
  t: Tally,
  items: { id: number }[],
  first: Map<number, number>,
  auditFrom: number,
) {
  const db = store.db;
  assert.deepEqual(t.fiveHundreds, [], "no 5xx");
  assert.ok(t.edits.length > 0 && t.reports.length > 0, "writes got through");
  // Every 2xx report is stored with its words.
  const reports = new Map(
    (await db.selectFrom("progress_reports").select(["id", "narrative", "commitment_id"]).execute()).map(
      (r) => [r.id, r],
    ),
  );
  for (const r of t.reports) {
    const row = reports.get(r.id);
    assert.ok(row && row.narrative === r.narrative && row.commitment_id === r.item, `report ${r.id} lost`);
  }
  // Edits: version = base + 1, no shared base, all present in the audit trail, final version adds up.
  const audit = await db
    .selectFrom("audit_log")
    .select(["action", "entity", "entity_id", "after"])
    .where("id", ">", auditFrom)
    .execute();
  const afterOf = (a: (typeof audit)[number]) =>
    (typeof a.after === "string" ? JSON.parse(a.after) : a.after) as Record<string, unknown>;
  for (const { id } of items) {
    const mine = t.edits.filter((e) => e.item === id).sort((a, b) => a.version - b.version);
    for (const e of mine)
      assert.equal(e.version, e.base + 1, `item ${id}: a 2xx edit from ${e.base} gave ${e.version}`);
    const bases = mine.map((e) => e.base);
    assert.equal(new Set(bases).size, bases.length, `item ${id}: two 2xx edits from one base version`);
    const row = await db
      .selectFrom("commitments")
      .select(["version"])
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    assert.equal(row.version, first.get(id)! + mine.length, `item ${id}: versions add up`);
    const trail = audit.filter((a) => a.entity === "commitment" && a.entity_id === id).map(afterOf);
    for (const e of mine) {
      const entry = trail.find((a) => a.version === e.version);
      assert.ok(entry, `item ${id}: no audit entry for version ${e.version}`);
      assert.equal(e.kind === "deadline" ? entry.deadline : entry.text, e.value, `item ${id} v${e.version}`);
    }
  }
  // One audit entry per successful change, by kind.
  const count = (action: string) => audit.filter((a) => a.action === action).length;
  assert.equal(count("report_progress"), t.reports.length, "audit entries for reports");
  assert.equal(
    audit.filter((a) => a.entity === "commitment").length,
    t.edits.length,
    "audit entries for edits",
  );
  assert.deepEqual(await stored(db), await recount(db), "aggregates equal a recount");
  assert.deepEqual(await integrityProblems(store), []);
}

async function run(name: "sqlite" | "postgres", tc: { diagnostic(m: string): void }) {
  {
    {
      const dir = mkdtempSync(join(tmpdir(), "lantu-concurrency-"));
      let db: string;
      let dropPg = async () => {};
      if (name === "sqlite") db = join(dir, "lantu.db");
      else {
        const dbName = `lantu_test_${randomBytes(6).toString("hex")}`;
        await adminQuery(PG_URL, `CREATE DATABASE ${dbName}`);
        db = withDatabase(PG_URL, dbName);
        dropPg = () => adminQuery(PG_URL, `DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
      }
      const store = name === "sqlite" ? openSqlite(db) : openPostgres(db);
      try {
        const { items, s } = await seed(store);
        const users = { reporters: [] as string[], supervisors: [] as string[], reviewers: [] as string[] };
        for (let i = 0; i < 10; i++) {
          const unitId = items[i % items.length]!.unit;
          users.reporters.push(`rep${i}`);
          await createUser(s, SYSTEM_ACTOR, {
            username: `rep${i}`,
            password: `password-rep${i}`,
            role: "reporter",
            unitId,
          });
          users.supervisors.push(`sup${i}`);
          await createUser(s, SYSTEM_ACTOR, {
            username: `sup${i}`,
            password: `password-sup${i}`,
            role: "supervisor",
          });
        }
        for (const r of ["rev0", "rev1"]) {
          users.reviewers.push(r);
          await createUser(s, SYSTEM_ACTOR, { username: r, password: `password-${r}`, role: "supervisor" });
        }
        const first = new Map(
          (await store.db.selectFrom("commitments").select(["id", "version"]).execute()).map((c) => [
            c.id,
            c.version,
          ]),
        );
        const auditFrom = Number(
          (
            await store.db
              .selectFrom("audit_log")
              .select((eb) => eb.fn.max("id").as("m"))
              .executeTakeFirst()
          )?.m ?? 0,
        );

        const server = startCli(["serve", "--port", "0"], db, {
          LANTU_CYCLE_MINUTES: "600",
          LANTU_OUTBOX_DIR: join(dir, "outbox"),
        });
        try {
          const m = await waitForOutput(server, /serving at http:\/\/localhost:(\d+)/);
          const base = `http://127.0.0.1:${m[1]}`;
          const t0 = Date.now();
          const t = await load(base, s, items, users, name === "sqlite" ? 1 : 2);
          const seconds = (Date.now() - t0) / 1000;
          const conflicts = t.statuses.get(409) ?? 0;
          tc.diagnostic(
            `${name}: ${t.requests} requests in ${seconds.toFixed(1)} s; ${t.edits.length} edits and ${t.reports.length} reports answered 2xx, ${conflicts} edits refused as stale (409), ${t.fiveHundreds.length} 5xx; statuses ${JSON.stringify(Object.fromEntries(t.statuses))}`,
          );
          server.child.kill("SIGTERM");
          assert.equal((await server.exited).code, 0);
          await verify(store, t, items, first, auditFrom);
        } finally {
          server.child.kill("SIGKILL");
          await server.exited;
        }
      } finally {
        await store.close();
        await dropPg();
        rmSync(dir, { recursive: true, force: true });
      }
    }
  }
}

// Both databases at once: each has its own server process.
test(`20 writers and 2 reviewers for ${SECONDS} s lose no update`, { timeout: 900_000 }, async (t) => {
  await Promise.all(
    (["sqlite", "postgres"] as const).map((name) => t.test(name, async (tc) => run(name, tc))),
  );
});
