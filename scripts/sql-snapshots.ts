// The SQL the app runs for its hot reads, as reviewed snapshots (one file per
// read and dialect in docs/sql/): each read model is run against a Kysely
// whose driver answers every query with one stand-in row, and the statements
// it compiles are written down. A change in a query then shows up in review;
// test/sql/hot-reads fails until `npm run sql:snapshots` is run and the new
// SQL is committed.
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { Writable } from "node:stream";
import { fileURLToPath } from "node:url";
import {
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type QueryResult,
} from "kysely";
import type { Actor } from "../src/domain/types.ts";
import type { Database } from "../src/storage/schema.ts";
import type { DialectName } from "../src/storage/dialects/dialect.ts";
import type { Services } from "../src/services/context.ts";
import { planOverview, overduePage, unitsOwing } from "../src/services/overview.read.ts";
import { planSummary } from "../src/services/plan-summary.read.ts";
import {
  commitmentInFull,
  commitmentsPage,
  publicCommitmentsPage,
} from "../src/services/commitments.read.ts";
import { requirePlan, visibleCommitment } from "../src/services/access.ts";
import { documentReader } from "../src/services/reader.read.ts";
import { progressPage } from "../src/services/progress.read.ts";
import { targetsPage } from "../src/services/targets.read.ts";
import { heatmap } from "../src/services/cycle/heatmap.service.ts";
import { obligationsOf, warningsOf } from "../src/services/cycle/obligations.read.ts";
import { assessment } from "../src/services/cycle/assessment.service.ts";
import { inbox } from "../src/services/cycle/inbox.service.ts";
import { taskTableExport } from "../src/services/task-table.service.ts";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
export const SQL_DIR = join(root, "docs/sql");

/** The one row every query gets back: enough for each read to go on to its next query. */
const ROW = {
  id: 1,
  plan_id: 1,
  document_id: 1,
  commitment_id: 1,
  unit_id: 1,
  lead_unit_id: null,
  goal_id: 1,
  span_start: 0,
  span_end: 10,
  text: "一项示例事项的文本。",
  review_state: "confirmed",
  status: "on_track",
  due_date: "2024-06-30",
  n: 1,
  version: 1,
  // a plan's cycle settings and an item's cycle fields, for the supervision cycle's reads
  frequency: "quarterly",
  due_day: 25,
  grace_days: 5,
  starts_on: "2024-01-01",
  remind_before_days: 7,
  yellow_after_days: 15,
  red_returns: 2,
  weights: "{}",
  warning_level: "yellow",
  level: "yellow",
  reasons: "[]",
  period: "2024Q1",
  reported_at: "2024-04-20T00:00:00Z",
};

class OneRowConnection implements DatabaseConnection {
  async executeQuery<R>(): Promise<QueryResult<R>> {
    return { rows: [{ ...ROW } as R] };
  }
  // eslint-disable-next-line require-yield
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error("not used");
  }
}
class OneRowDriver implements Driver {
  async init() {}
  async acquireConnection() {
    return new OneRowConnection();
  }
  async beginTransaction() {}
  async commitTransaction() {}
  async rollbackTransaction() {}
  async releaseConnection() {}
  async destroy() {}
}

function services(dialect: DialectName, sql: string[]): Services {
  const d: Dialect = {
    createAdapter: () => (dialect === "sqlite" ? new SqliteAdapter() : new PostgresAdapter()),
    createDriver: () => new OneRowDriver(),
    createIntrospector: (db) =>
      dialect === "sqlite" ? new SqliteIntrospector(db) : new PostgresIntrospector(db),
    createQueryCompiler: () =>
      dialect === "sqlite" ? new SqliteQueryCompiler() : new PostgresQueryCompiler(),
  };
  const db = new Kysely<Database>({
    dialect: d,
    log: (e) => {
      if (e.level === "query") sql.push(e.query.sql);
    },
  });
  return {
    store: {
      dialect,
      db,
      location: "snapshot",
      close: () => db.destroy(),
      exclusiveWrites: (fn) => fn(),
      changeMark: async () => String(marks++),
      changeMarks: async () => ({ data: String(marks++), sessions: "0" }),
    },
    now: () => new Date("2024-05-01T00:00:00Z"),
  };
}

// Every read here is a first read: a new mark each time, so no cache answers in place of the SQL.
let marks = 0;
const staff: Actor = { id: 1, name: "admin", role: "admin", unitId: null };
const reporter: Actor = { id: 2, name: "reporter", role: "reporter", unitId: 1 };

/** The hot reads: what the overview, lists, item page, reader and portal run. */
const READS: Record<string, (s: Services) => Promise<unknown>> = {
  overview: (s) => planOverview(s, 1),
  "plan-summary": (s) => planSummary(s, 1),
  "commitments-list": (s) => commitmentsPage(s, staff, 1, {}),
  "commitments-search": (s) =>
    commitmentsPage(s, staff, 1, { q: "乡村振兴", goal: 1, status: "on_track", sort: "due_date" }),
  // a word search's page by id: the window's edge, then the items of the window (keyedPage);
  // a page of one, so that the one-row driver shows a first and a following window
  "commitments-search-by-id": (s) => commitmentsPage(s, staff, 1, { q: "乡村振兴", limit: 1 }),
  "commitments-reporter": (s) => commitmentsPage(s, reporter, 1, {}),
  "commitment-detail": async (s) => commitmentInFull(s, await visibleCommitment(s, staff, 1)),
  "overdue-list": (s) => overduePage(s, 1, {}),
  "units-owing": (s) => unitsOwing(s, 1, "2024Q1"),
  "progress-list": (s) => progressPage(s, 1, {}),
  "targets-indicators": (s) => targetsPage(s, 1, { indicators: true }),
  reader: (s) => documentReader(s, 1),
  "public-commitments": (s) => publicCommitmentsPage(s, 1, {}),
  // one unit's task table: the unit's items through its indexes, a page at a time
  "unit-export": async (s) => {
    const plan = await requirePlan(s, 1);
    const file = await taskTableExport(s, plan, { unitId: 1, reviewStates: ["proposed", "confirmed"] }, true);
    await file.write(new Writable({ write: (_chunk, _enc, done) => done() }));
  },
  // the supervision cycle: aggregates and indexed pages, never every item of a plan
  "cycle-heatmap": (s) => heatmap(s, staff, 1, "warning"),
  "cycle-warnings": (s) => warningsOf(s, staff, 1),
  "cycle-obligations-unit": (s) => obligationsOf(s, staff, 1, { unit: 1 }),
  "cycle-inbox-reporter": (s) => inbox(s, reporter),
  "cycle-assessment": (s) => assessment(s, staff, 1, "2024Q1"),
};

/** One statement a paragraph, a clause a line, for reading in a diff. */
function layout(sql: string): string {
  return sql.replace(
    / (from|inner join|left join|where|group by|order by|limit|offset|union all|having) /g,
    "\n  $1 ",
  );
}

export async function snapshots(): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const dialect of ["sqlite", "postgres"] as const) {
    for (const [name, read] of Object.entries(READS)) {
      const sql: string[] = [];
      const s = services(dialect, sql);
      await read(s);
      await s.store.close();
      const text = `-- ${name} (${dialect}): generated by \`npm run sql:snapshots\`; review changes\n\n${sql.map((q) => layout(q) + ";\n").join("\n")}`;
      out.set(`${name}.${dialect}.sql`, text);
    }
  }
  return out;
}

export const checkedIn = () =>
  new Map(
    readdirSync(SQL_DIR)
      .filter((f) => f.endsWith(".sql"))
      .map((f) => [f, readFileSync(join(SQL_DIR, f), "utf8")] as const),
  );

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const [file, text] of await snapshots()) writeFileSync(join(SQL_DIR, file), text);
  console.log(`written: docs/sql/ (${(await snapshots()).size} files)`);
}
