// Every foreign key between two plan-data tables names the plan too:
// (plan_id, x_id) → parent (plan_id, id). On a distributed PostgreSQL (Citus,
// docs/scaling.md) that is what lets both sides sit on the same shard and be
// joined there; on one node it makes a row that points into another plan
// impossible (the key alone allowed it). Before this, 23 keys named the parent
// by id alone.
//
// Each parent gets a unique index on (plan_id, id), which a foreign key needs
// on its referenced columns (commitments has one, commitments_plan_key;
// documents' plain (plan_id, id) index becomes unique under the same name).
// A nullable x_id keeps its meaning: with x_id null the key is not checked
// (MATCH SIMPLE), as before. None of these keys had an ON DELETE or ON UPDATE
// action, and none gets one.
//
// PostgreSQL: each child's keys are dropped and added again in one ALTER
// TABLE (the new key is checked by one join over the child). SQLite cannot
// alter a foreign key, so each child table is rebuilt from its own stored
// definition with the keys rewritten: foreign keys off, then in one
// transaction create, copy, drop, rename, its indexes again and its
// AUTOINCREMENT counter kept, and last PRAGMA foreign_key_check on every
// rebuilt table (a row whose plan differs from its parent's fails the
// migration, and the transaction leaves the database as it was).
import { sql, type Kysely } from "kysely";
import type { DialectName } from "../dialects/dialect.ts";
import { isLantuError } from "../../errors.ts";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/** child, column, parent: every foreign key between plan tables that named the parent by id alone. */
const KEYS: [string, string, string][] = [
  ["commitment_goals", "commitment_id", "commitments"],
  ["commitment_goals", "goal_id", "goals"],
  ["commitment_terms", "commitment_id", "commitments"],
  ["commitment_units", "commitment_id", "commitments"],
  ["commitments", "document_id", "documents"],
  ["commitments", "merged_into_id", "commitments"],
  ["completion_proposals", "commitment_id", "commitments"],
  ["completion_proposals", "progress_id", "progress_reports"],
  ["completion_proposals", "target_id", "targets"],
  ["document_sentences", "document_id", "documents"],
  ["documents", "revises_id", "documents"],
  ["extension_requests", "commitment_id", "commitments"],
  ["milestones", "commitment_id", "commitments"],
  ["notices", "commitment_id", "commitments"],
  ["progress_marks", "progress_id", "progress_reports"],
  ["progress_reports", "commitment_id", "commitments"],
  ["progress_reports", "target_id", "targets"],
  ["speakers", "document_id", "documents"],
  ["strategies", "document_id", "documents"],
  ["targets", "commitment_id", "commitments"],
  ["targets", "document_id", "documents"],
  ["verdict_records", "commitment_id", "commitments"],
  ["warnings", "commitment_id", "commitments"],
];

/** The unique (plan_id, id) index each parent gets (commitments_plan_key exists already). */
const PARENT_KEYS: [string, string][] = [
  ["documents", "documents_plan_id"],
  ["goals", "goals_plan_key"],
  ["progress_reports", "progress_reports_plan_key"],
  ["targets", "targets_plan_key"],
];

const fkName = (child: string, column: string) => `${child}_${column}_fkey`;

function byChild(): Map<string, [string, string][]> {
  const out = new Map<string, [string, string][]>();
  for (const [child, column, parent] of KEYS) {
    const list = out.get(child) ?? [];
    list.push([column, parent]);
    out.set(child, list);
  }
  return out;
}

async function parentKeys(db: AnyDb, dialect: DialectName): Promise<void> {
  for (const [table, name] of PARENT_KEYS) {
    const found =
      dialect === "sqlite"
        ? await sql<{
            unique: number;
          }>`select "unique" from pragma_index_list(${table}) where name = ${name}`.execute(db)
        : await sql<{ unique: boolean }>`
            select x.indisunique as unique from pg_index x where x.indexrelid = to_regclass(${name})`.execute(
            db,
          );
    if (found.rows[0]?.unique) continue;
    if (found.rows.length) await db.schema.dropIndex(name).execute();
    await db.schema.createIndex(name).on(table).columns(["plan_id", "id"]).unique().execute();
  }
}

async function postgres(db: AnyDb): Promise<void> {
  await parentKeys(db, "postgres");
  for (const [child, keys] of byChild()) {
    const steps = [];
    for (const [column, parent] of keys) {
      const existing = await sql<{ name: string; def: string }>`
        select c.conname as name, pg_get_constraintdef(c.oid) as def
        from pg_constraint c
        join pg_attribute a on a.attrelid = c.conrelid and a.attnum = any (c.conkey)
        where c.contype = 'f' and c.conrelid = ${child}::regclass and c.confrelid = ${parent}::regclass
          and a.attname = ${column}`.execute(db);
      const composite = `FOREIGN KEY (plan_id, ${column}) REFERENCES ${parent}(plan_id, id)`;
      // Already in the composite form (made by hand from docs/scaling.md's Citus steps): kept.
      if (existing.rows.some((c) => c.def === composite)) continue;
      // (none: a key lost by hand is made again)
      if (existing.rows.length > 1)
        throw new Error(
          `${child}.${column} → ${parent}: expected one foreign key, found ${existing.rows.length}`,
        );
      for (const { name, def } of existing.rows) {
        if (/\bON (DELETE|UPDATE)\b/.test(def))
          throw new Error(
            `${child}.${column} → ${parent} has an action (${def}) this migration does not carry`,
          );
        steps.push(sql`drop constraint ${sql.ref(name)}`);
      }
      steps.push(
        sql`add constraint ${sql.ref(fkName(child, column))} foreign key (plan_id, ${sql.ref(column)}) references ${sql.table(parent)} (plan_id, id)`,
      );
    }
    if (!steps.length) continue;
    try {
      await sql`alter table ${sql.table(child)} ${sql.join(steps)}`.execute(db);
    } catch (err) {
      if (!isLantuError(err) || err.code !== "invalid_reference") throw err;
      throw new Error(
        `${child}: a row's plan differs from its parent's (${err.message}); the database is left as it was`,
        { cause: err },
      );
    }
  }
}

/**
 * The table's CREATE TABLE with `keys` rewritten to include plan_id, under
 * the name `as`; null when every one of them has the composite form already.
 */
function rewrittenTable(create: string, table: string, as: string, keys: [string, string][]): string | null {
  const head = `CREATE TABLE "${table}"`;
  if (!create.startsWith(head)) throw new Error(`${table}: unexpected definition ${create}`);
  let body = `CREATE TABLE "${as}"` + create.slice(head.length);
  const added: string[] = [];
  for (const [column, parent] of keys) {
    const composite = `foreign key ("plan_id", "${column}") references "${parent}" ("plan_id", "id")`;
    if (body.includes(composite)) continue;
    const inline = new RegExp(`((?:\\(|, )"${column}" [^,]*?) references "${parent}" \\("id"\\)`, "g");
    const found = body.match(inline)?.length ?? 0;
    if (found !== 1)
      throw new Error(`${table}.${column} → ${parent}: found ${found} inline keys in ${create}`);
    body = body.replace(inline, "$1");
    added.push(`, constraint "${fkName(table, column)}" ${composite}`);
  }
  if (!added.length) return null;
  const end = body.lastIndexOf(")");
  return body.slice(0, end) + added.join("") + body.slice(end);
}

async function sqlite(db: AnyDb): Promise<void> {
  const on = (await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(db)).rows[0]?.foreign_keys;
  // Not inside a transaction: SQLite ignores the pragma there.
  await sql`pragma foreign_keys = off`.execute(db);
  try {
    await db.transaction().execute(async (trx) => {
      await parentKeys(trx, "sqlite");
      const children = byChild();
      for (const [child, keys] of children) {
        const schema = await sql<{ type: string; sql: string }>`
          select type, sql from sqlite_master
          where tbl_name = ${child} and sql is not null order by type = 'table' desc, rowid`.execute(trx);
        const create = schema.rows[0];
        if (create?.type !== "table") throw new Error(`${child}: no table`);
        const rest = schema.rows.slice(1).filter((r) => r.type === "index" || r.type === "trigger");
        const seq = await sql<{ seq: number }>`select seq from sqlite_sequence where name = ${child}`.execute(
          trx,
        );
        const temp = `${child}__rebuilt`;
        const rewritten = rewrittenTable(create.sql, child, temp, keys);
        if (!rewritten) continue;
        await sql.raw(rewritten).execute(trx);
        await sql`insert into ${sql.table(temp)} select * from ${sql.table(child)}`.execute(trx);
        await sql`drop table ${sql.table(child)}`.execute(trx);
        await sql`alter table ${sql.table(temp)} rename to ${sql.table(child)}`.execute(trx);
        for (const r of rest) await sql.raw(r.sql).execute(trx);
        if (seq.rows.length) {
          await sql`delete from sqlite_sequence where name = ${child}`.execute(trx);
          await sql`insert into sqlite_sequence (name, seq) values (${child}, cast(${seq.rows[0]!.seq} as integer))`.execute(
            trx,
          );
        }
      }
      for (const child of children.keys()) {
        const bad = await sql<{
          table: string;
          rowid: number;
          parent: string;
        }>`select * from pragma_foreign_key_check(${child}) limit 5`.execute(trx);
        if (bad.rows.length)
          throw new Error(
            `${child}: a row's plan differs from its parent's (${bad.rows
              .map((b) => `rowid ${b.rowid} → ${b.parent}`)
              .join(", ")}); the database is left as it was`,
          );
      }
    });
  } finally {
    if (on) await sql`pragma foreign_keys = on`.execute(db);
  }
}

export const compositePlanKeys = (dialect: DialectName) => ({
  async up(db: AnyDb): Promise<void> {
    await (dialect === "sqlite" ? sqlite(db) : postgres(db));
  },
});
