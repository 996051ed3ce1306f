// Many rows in few statements. SQLite: multi-row INSERTs cut to stay under
// its limit on bound parameters (32,766), the statement prepared once and
// kept. PostgreSQL: COPY FROM STDIN in its text format (dialects/postgres.ts
// sends it), new ids taken from the table's sequence first when they are
// wanted; a few rows go as one INSERT of an array parameter per column,
// unnested into rows, where two round trips would cost more than the rows.
// Measured on this machine, server CPU to insert 240,000 rows of three
// columns: a VALUES list of 10,000 rows a statement 1.83 s, unnest 0.63 s,
// COPY 0.22 s; 20,000 rows of twenty columns: 0.75 s, 0.29 s, 0.14 s.
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
 * A multi-row INSERT of `count` rows as SQL text with `?` placeholders (SQLite;
 * PostgreSQL takes insertUnnest). The text for a given table, columns and count
 * is always the same, so the driver's kept statement is reused.
 */
function insertSql(table: string, columns: string[], count: number, returning: boolean): string {
  const row = `(${columns.map(() => "?").join(", ")})`;
  return (
    `insert into ${quote(table)} (${columns.map(quote).join(", ")}) values ${new Array<string>(count).fill(row).join(", ")}` +
    (returning ? ` returning "id"` : "")
  );
}

/** The ids a statement of `count` rows returned, in insertion order; all of them or an error. */
function returnedIds(table: string, count: number, rows: { id: number | string | bigint }[]): number[] {
  if (rows.length !== count) throw new Error(`${table}: inserted ${count}, got ${rows.length} ids`);
  return rows.map((r) => Number(r.id)).sort((a, b) => a - b);
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
  if (placeholderStyle(db) === "numbered")
    return rows.length >= COPY_FROM_ROWS && !columns.includes("id")
      ? insertCopy(db, table, columns, rows, returning)
      : insertUnnest(db, table, columns, rows, returning);
  const per = Math.min(SQLITE_ROWS_PER_STATEMENT, Math.max(1, Math.floor(MAX_PARAMS / columns.length)));
  const ids: number[] = [];
  let fullSql: string | null = null;
  for (let i = 0; i < rows.length; i += per) {
    const count = Math.min(per, rows.length - i);
    const text =
      count === per
        ? (fullSql ??= insertSql(table, columns, per, returning))
        : insertSql(table, columns, count, returning);
    const params: unknown[] = new Array(count * columns.length);
    let k = 0;
    for (let r = i; r < i + count; r++) {
      const row = rows[r] as Record<string, unknown>;
      for (const c of columns) params[k++] = row[c];
    }
    const res = await db.executeQuery<{ id: number | string | bigint }>(CompiledQuery.raw(text, params));
    if (returning) ids.push(...returnedIds(table, count, res.rows));
  }
  return ids;
}

/** Rows per statement on PostgreSQL (its parameters are one array per column). */
const POSTGRES_ROWS_PER_STATEMENT = 10_000;

/** PostgreSQL's type of each column of a table, as a cast names it (`bigint`, `double precision`). */
const columnTypes = new WeakMap<object, Map<string, Map<string, string>>>();
async function typesOf(db: DB, table: string, columns: string[]): Promise<Map<string, string>> {
  const adapter = db.getExecutor().adapter;
  let tables = columnTypes.get(adapter);
  if (!tables) columnTypes.set(adapter, (tables = new Map()));
  let types = tables.get(table);
  // Read again when a column is not known (one added by a migration since).
  if (!types || columns.some((c) => !types!.has(c))) {
    const r = await sql<{ name: string; type: string }>`
      select attname as name, format_type(atttypid, atttypmod) as type from pg_attribute
      where attrelid = ${quote(table)}::regclass and attnum > 0 and not attisdropped`.execute(db);
    types = new Map(r.rows.map((c) => [c.name, c.type]));
    tables.set(table, types);
  }
  return types;
}

/**
 * PostgreSQL: an INSERT … SELECT from the columns' arrays, unnested in
 * their order (so an identity column numbers the rows in the arrays' order,
 * which the returned ids' sort relies on, as with a VALUES list).
 */
async function insertUnnest(
  db: DB,
  table: string,
  columns: string[],
  rows: readonly object[],
  returning: boolean,
): Promise<number[]> {
  const types = await typesOf(db, table, columns);
  const casts = columns.map((c, k) => {
    const type = types.get(c);
    if (!type) throw new Error(`${table}: no column ${c}`);
    return `$${k + 1}::${type}[]`;
  });
  const text =
    `insert into ${quote(table)} (${columns.map(quote).join(", ")}) select * from unnest(${casts.join(", ")})` +
    (returning ? ` returning "id"` : "");
  const ids: number[] = [];
  for (let i = 0; i < rows.length; i += POSTGRES_ROWS_PER_STATEMENT) {
    const count = Math.min(POSTGRES_ROWS_PER_STATEMENT, rows.length - i);
    const arrays = columns.map(() => new Array<unknown>(count));
    for (let r = 0; r < count; r++) {
      const row = rows[i + r] as Record<string, unknown>;
      for (let k = 0; k < columns.length; k++) arrays[k]![r] = row[columns[k]!];
    }
    const res = await db.executeQuery<{ id: number | string | bigint }>(CompiledQuery.raw(text, arrays));
    if (returning) ids.push(...returnedIds(table, count, res.rows));
  }
  return ids;
}

/**
 * From this many rows on PostgreSQL takes COPY (with new ids: a statement for
 * the ids and the COPY); below, one INSERT is cheaper than the two round trips.
 */
const COPY_FROM_ROWS = 64;
/** Rows per piece of COPY's input (the whole goes as one statement). */
const COPY_PIECE_ROWS = 5_000;

/**
 * A value in COPY's text format: \N for null; backslash, line feed, carriage
 * return and tab (the format's own characters) escaped; bytes as bytea's hex
 * text, its backslash escaped in turn. Numbers as JavaScript writes them
 * (NaN and ±Infinity are spelled as PostgreSQL reads them).
 */
export function copyText(v: unknown): string {
  if (v === null || v === undefined) return "\\N";
  if (typeof v === "string") return /[\\\n\r\t]/.test(v) ? v.replace(COPY_SPECIAL, escapeCopy) : v;
  if (typeof v === "number" || typeof v === "bigint") return String(v);
  if (typeof v === "boolean") return v ? "t" : "f";
  if (v instanceof Uint8Array)
    return "\\\\x" + Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString("hex");
  throw new Error(`COPY: no text form for a value of type ${typeof v}`);
}
const COPY_SPECIAL = /[\\\n\r\t]/g;
const COPY_ESCAPES: Record<string, string> = { "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t" };
const escapeCopy = (c: string) => COPY_ESCAPES[c]!;

/**
 * PostgreSQL: the rows as one COPY FROM STDIN. With `returning`, their ids
 * are taken from the table's identity sequence first (in ascending order, as
 * an INSERT would number them) and copied in with the rows.
 */
async function insertCopy(
  db: DB,
  table: string,
  columns: string[],
  rows: readonly object[],
  returning: boolean,
): Promise<number[]> {
  let ids: number[] = [];
  if (returning) {
    const got = await db.executeQuery<{ id: number | string }>(
      CompiledQuery.raw(
        `select nextval(pg_get_serial_sequence($1, 'id')) as id from generate_series(1, $2::int)`,
        [quote(table), rows.length],
      ),
    );
    ids = returnedIds(table, rows.length, got.rows);
  }
  const pieces: string[] = [];
  for (let i = 0; i < rows.length; i += COPY_PIECE_ROWS) {
    const end = Math.min(rows.length, i + COPY_PIECE_ROWS);
    const lines = new Array<string>(end - i);
    for (let r = i; r < end; r++) {
      const row = rows[r] as Record<string, unknown>;
      let line = returning ? String(ids[r]) : "";
      for (let k = 0; k < columns.length; k++) {
        const text = copyText(row[columns[k]!]);
        line = k === 0 && !returning ? text : line + "\t" + text;
      }
      lines[r - i] = line;
    }
    pieces.push(lines.join("\n") + "\n");
  }
  const names = (returning ? ["id", ...columns] : columns).map(quote).join(", ");
  const res = await db.executeQuery<{ copied: number }>(
    CompiledQuery.raw(`copy ${quote(table)} (${names}) from stdin`, [pieces]),
  );
  const copied = Number(res.rows[0]?.copied);
  if (copied !== rows.length) throw new Error(`${table}: copied ${rows.length}, the server stored ${copied}`);
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
