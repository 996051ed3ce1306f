// The plan key a distributed deployment shards by (docs/scaling.md): every
// table is classified, every distributed table carries a NOT NULL plan_id,
// foreign keys from plan data point at reference tables or at plan data, and
// those between plan tables either include plan_id or are the known ones the
// Citus migration rewrites (a new one without plan_id fails here).
import { test } from "node:test";
import assert from "node:assert/strict";
import { sql } from "kysely";
import { DIALECTS, freshStore } from "../helpers/stores.ts";
import { DISTRIBUTED, FKS_WITHOUT_PLAN_ID, LOCAL, REFERENCE } from "../../src/storage/tenancy.ts";
import type { Store } from "../../src/storage/dialects/index.ts";

interface Fk {
  child: string;
  parent: string;
  columns: string[];
}

async function foreignKeys(store: Store, tables: string[]): Promise<Fk[]> {
  if (store.dialect === "postgres") {
    const r = await sql<{ child: string; parent: string; columns: string[] }>`
      select c.conrelid::regclass::text as child, c.confrelid::regclass::text as parent,
        array(select a.attname::text from unnest(c.conkey) k join pg_attribute a
              on a.attrelid = c.conrelid and a.attnum = k order by a.attname) as columns
      from pg_constraint c where c.contype = 'f' and c.connamespace = 'public'::regnamespace`.execute(
      store.db,
    );
    return r.rows;
  }
  const out: Fk[] = [];
  for (const t of tables) {
    const r = await sql<{
      id: number;
      table: string;
      from: string;
    }>`select * from pragma_foreign_key_list(${t})`.execute(store.db);
    const byId = new Map<number, Fk>();
    for (const row of r.rows) {
      const fk = byId.get(row.id) ?? { child: t, parent: row.table, columns: [] };
      fk.columns.push(row.from);
      byId.set(row.id, fk);
    }
    out.push(...byId.values());
  }
  return out;
}

for (const { name } of DIALECTS) {
  test(`${name}: every plan-data table carries the plan key`, async () => {
    const { store, drop } = await freshStore(name);
    try {
      const tables = await store.db.introspection.getTables();
      const distributed = new Set<string>(DISTRIBUTED);
      const reference = new Set<string>(REFERENCE);
      const known = new Set<string>([...DISTRIBUTED, ...REFERENCE, ...LOCAL]);
      for (const t of tables)
        assert.ok(
          known.has(t.name),
          `${t.name}: classify it in src/storage/tenancy.ts (distributed, reference or local)`,
        );
      for (const t of DISTRIBUTED) {
        const table = tables.find((x) => x.name === t);
        assert.ok(table, `${t} exists`);
        const key = table.columns.find((c) => c.name === "plan_id");
        assert.ok(key, `${t} carries plan_id`);
        // SQLite reports a non-integer primary key column as nullable; being the key is enough here.
        const isKey =
          store.dialect === "sqlite" &&
          Number(
            (
              await sql<{
                pk: number;
              }>`select pk from pragma_table_info(${t}) where name = 'plan_id'`.execute(store.db)
            ).rows[0]?.pk ?? 0,
          ) > 0;
        assert.ok(!key.isNullable || isKey, `${t}.plan_id is NOT NULL`);
      }
      const fks = await foreignKeys(
        store,
        tables.map((t) => t.name),
      );
      const missing: string[] = [];
      for (const fk of fks) {
        if (!distributed.has(fk.child)) continue;
        assert.ok(
          reference.has(fk.parent) || distributed.has(fk.parent),
          `${fk.child} → ${fk.parent}: plan data may reference plan data or reference tables only`,
        );
        if (distributed.has(fk.parent) && !fk.columns.includes("plan_id"))
          missing.push(`${fk.child}.${fk.columns.join(",")} → ${fk.parent}`);
      }
      assert.ok(fks.length > 20, `found ${fks.length} foreign keys`);
      const allowed = new Set(FKS_WITHOUT_PLAN_ID);
      const unexpected = missing.filter((m) => !allowed.has(m));
      assert.deepEqual(unexpected, [], "a foreign key between plan tables must include plan_id");
    } finally {
      await drop();
    }
  });
}
