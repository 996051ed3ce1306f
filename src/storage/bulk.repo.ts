// Many rows in few statements: multi-row INSERTs cut to stay under both
// databases' limit on bound parameters (SQLite 32,766, PostgreSQL 65,535).
// Ingest and the synthetic seeder write through these so that a document of
// thousands of items costs tens of statements, not tens of thousands.
import { CompiledQuery, sql, type Insertable } from "kysely";
import type { AggregateDelta } from "../domain/aggregates.ts";
import { applyCycleDelta, bumpGeneration } from "./aggregate.repo.ts";
import type { DB } from "./dialects/dialect.ts";
import type { Database } from "./schema.ts";

const MAX_PARAMS = 30_000;
/**
 * Rows per statement on SQLite's fast path. Larger VALUES lists stop paying
 * once the per-statement overhead is gone (the statement is prepared once and
 * kept, dialects/statement-cache.ts), and a smaller one keeps that statement
 * small. PostgreSQL keeps no statement and each one is a round trip to the
 * server: there the statements are as large as the parameter limit allows.
 */
const SQLITE_ROWS_PER_STATEMENT = 200;

function chunkSize(row: object): number {
  return Math.max(1, Math.floor(MAX_PARAMS / Math.max(1, Object.keys(row).length)));
}

/**
 * The rows' common columns when every row has exactly these, none undefined
 * (the fast path's condition); otherwise null, and Kysely builds the statement.
 */
function uniformColumns(rows: readonly object[]): string[] | null {
  const columns = Object.keys(rows[0]!);
  for (const row of rows) {
    const keys = Object.keys(row);
    if (keys.length !== columns.length) return null;
    for (let i = 0; i < keys.length; i++) {
      if (keys[i] !== columns[i]) return null;
      if ((row as Record<string, unknown>)[keys[i]!] === undefined) return null;
    }
  }
  return columns;
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * A multi-row INSERT of `count` rows as SQL text, with the dialect's
 * placeholders (`?` or `$n`). The text for a given table, columns and count
 * is always the same, so the driver's kept statement is reused.
 */
function insertSql(db: DB, table: string, columns: string[], count: number, returning: boolean): string {
  const numbered = placeholderStyle(db) === "numbered";
  let n = 0;
  const rows: string[] = [];
  for (let r = 0; r < count; r++) {
    const marks = columns.map(() => (numbered ? `$${++n}` : "?"));
    rows.push(`(${marks.join(", ")})`);
  }
  return (
    `insert into ${quote(table)} (${columns.map(quote).join(", ")}) values ${rows.join(", ")}` +
    (returning ? ` returning "id"` : "")
  );
}

const styles = new WeakMap<object, "numbered" | "question">();
function placeholderStyle(db: DB): "numbered" | "question" {
  const adapter = db.getExecutor().adapter;
  let style = styles.get(adapter);
  if (!style) {
    style = sql`${1}`.compile(db).sql.includes("$1") ? "numbered" : "question";
    styles.set(adapter, style);
  }
  return style;
}

/**
 * Runs a multi-row INSERT per `per` rows (and one for the rest),
 * its SQL text built once per shape and its parameters laid out flat: no
 * query builder per chunk. Returns the `returning` rows, if asked.
 */
async function insertPlain(
  db: DB,
  table: string,
  columns: string[],
  rows: readonly object[],
  returning: boolean,
): Promise<number[]> {
  const most = Math.max(1, Math.floor(MAX_PARAMS / columns.length));
  const per = placeholderStyle(db) === "numbered" ? most : Math.min(SQLITE_ROWS_PER_STATEMENT, most);
  const ids: number[] = [];
  let fullSql: string | null = null;
  for (let i = 0; i < rows.length; i += per) {
    const count = Math.min(per, rows.length - i);
    const text =
      count === per
        ? (fullSql ??= insertSql(db, table, columns, per, returning))
        : insertSql(db, table, columns, count, returning);
    const params: unknown[] = new Array(count * columns.length);
    let k = 0;
    for (let r = i; r < i + count; r++) {
      const row = rows[r] as Record<string, unknown>;
      for (const c of columns) params[k++] = row[c];
    }
    const res = await db.executeQuery<{ id: number | string | bigint }>(CompiledQuery.raw(text, params));
    if (returning) {
      if (res.rows.length !== count)
        throw new Error(`${table}: inserted ${count}, got ${res.rows.length} ids`);
      ids.push(...res.rows.map((r) => Number(r.id)).sort((a, b) => a - b));
    }
  }
  return ids;
}

/** Inserts rows (all with the same columns) in as few statements as the parameter limit allows. */
export async function insertMany<T extends keyof Database>(
  db: DB,
  table: T,
  rows: Insertable<Database[T]>[],
): Promise<void> {
  if (!rows.length) return;
  const columns = uniformColumns(rows);
  if (columns) {
    await insertPlain(db, table, columns, rows, false);
    return;
  }
  const size = chunkSize(rows[0]!);
  for (let i = 0; i < rows.length; i += size) {
    // Kysely cannot relate a generic table name to its insert type; the signature above does.
    const t = table as "commitment_terms";
    await db
      .insertInto(t)
      .values(rows.slice(i, i + size) as Insertable<Database["commitment_terms"]>[])
      .execute();
  }
}

type WithId = { [K in keyof Database]: Database[K] extends { id: unknown } ? K : never }[keyof Database];

/**
 * Inserts rows and returns their new ids in the rows' order. Both databases
 * number a multi-row VALUES list in its order (an identity or rowid taken
 * row by row), so sorting the returned ids restores that order; the count is
 * checked so a surprise can never pair a row with another's id.
 */
export async function insertManyReturningIds<T extends WithId>(
  db: DB,
  table: T,
  rows: Insertable<Database[T]>[],
): Promise<number[]> {
  if (!rows.length) return [];
  const columns = uniformColumns(rows);
  if (columns) return insertPlain(db, table, columns, rows, true);
  const size = chunkSize(rows[0]!);
  const ids: number[] = [];
  for (let i = 0; i < rows.length; i += size) {
    const chunk = rows.slice(i, i + size);
    const t = table as "commitments";
    const got = await db
      .insertInto(t)
      .values(chunk as Insertable<Database["commitments"]>[])
      .returning("id")
      .execute();
    if (got.length !== chunk.length)
      throw new Error(`${table}: inserted ${chunk.length}, got ${got.length} ids`);
    ids.push(...got.map((r) => Number(r.id)).sort((a, b) => a - b));
  }
  return ids;
}

/** Adds a summed aggregate delta: one upsert statement per chunk instead of one per cell. */
export async function applyAggregateDeltaBulk(db: DB, d: AggregateDelta): Promise<void> {
  await bumpGeneration(db, d);
  const matrix = d.matrix.map((m) => ({
    plan_id: m.planId,
    unit_id: m.unitId,
    goal_id: m.goalId,
    status: m.status,
    n: m.n,
  }));
  const states = d.states.map((s) => ({
    plan_id: s.planId,
    unit_id: s.unitId,
    review_state: s.reviewState,
    status: s.status,
    n: s.n,
  }));
  for (let i = 0; i < matrix.length; i += 5000) {
    await db
      .insertInto("agg_unit_goal_status")
      .values(matrix.slice(i, i + 5000))
      .onConflict((oc) =>
        oc
          .columns(["plan_id", "unit_id", "goal_id", "status"])
          .doUpdateSet({ n: sql`agg_unit_goal_status.n + excluded.n` }),
      )
      .execute();
  }
  for (let i = 0; i < states.length; i += 5000) {
    await db
      .insertInto("agg_commitment_state")
      .values(states.slice(i, i + 5000))
      .onConflict((oc) =>
        oc
          .columns(["plan_id", "unit_id", "review_state", "status"])
          .doUpdateSet({ n: sql`agg_commitment_state.n + excluded.n` }),
      )
      .execute();
  }
  await applyCycleDelta(db, d);
}
