// Two-character search by an index of character pairs (search-grams.ts):
// `commitment_grams` holds each commitment's distinct pairs of adjacent
// letters or digits, keyed (plan_id, gram, commitment_id) like
// commitment_terms, so a two-character query reads its pair's rows of one
// plan in commitment order instead of testing the text of every item.
//
// Its foreign key is the Citus form (docs/scaling.md): (plan_id,
// commitment_id) → commitments (plan_id, id), which needs commitments to be
// unique on (plan_id, id): commitments_plan_key. On SQLite the table is
// WITHOUT ROWID (its key is all its columns: one b-tree, not two).
//
// Filled from the stored texts, a thousand commitments at a time.
import { sql, type Kysely } from "kysely";
import type { DialectName } from "../dialects/dialect.ts";
import { searchGrams } from "../../domain/search-grams.ts";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

export const searchBigrams = (dialect: DialectName) => ({
  async up(db: AnyDb): Promise<void> {
    const s = db.schema;
    await s
      .createIndex("commitments_plan_key")
      .on("commitments")
      .columns(["plan_id", "id"])
      .unique()
      .execute();
    let t = s
      .createTable("commitment_grams")
      .addColumn("plan_id", "bigint", (c) => c.notNull())
      .addColumn("gram", "text", (c) => c.notNull())
      .addColumn("commitment_id", "bigint", (c) => c.notNull())
      .addPrimaryKeyConstraint("commitment_grams_pk", ["plan_id", "gram", "commitment_id"])
      .addForeignKeyConstraint(
        "commitment_grams_commitment_fk",
        ["plan_id", "commitment_id"],
        "commitments",
        ["plan_id", "id"],
      );
    if (dialect === "sqlite") t = t.modifyEnd(sql`without rowid`);
    await t.execute();
    await s
      .createIndex("commitment_grams_commitment")
      .on("commitment_grams")
      .columns(["plan_id", "commitment_id"])
      .execute();

    let after = 0;
    for (;;) {
      const rows = (await db
        .selectFrom("commitments")
        .select(["id", "plan_id", "text"])
        .where("id", ">", after)
        .orderBy("id")
        .limit(1000)
        .execute()) as { id: number | string; plan_id: number | string; text: string }[];
      if (!rows.length) break;
      after = Number(rows.at(-1)!.id);
      const grams = rows.flatMap((r) =>
        searchGrams(r.text).map((gram) => ({ plan_id: r.plan_id, gram, commitment_id: r.id })),
      );
      for (let i = 0; i < grams.length; i += 5000)
        await db
          .insertInto("commitment_grams")
          .values(grams.slice(i, i + 5000))
          .execute();
    }
  },
});
