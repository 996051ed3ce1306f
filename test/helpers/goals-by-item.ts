// The goal names each commitment of a document is aligned to, by its text:
// what the ingest-into-a-plan tests (service, API and CLI) compare.
import type { DB } from "../../src/storage/dialects/dialect.ts";

export async function goalsByItem(db: DB, documentId: number): Promise<Map<string, string[]>> {
  const rows = await db
    .selectFrom("commitments as c")
    .leftJoin("commitment_goals as cg", "cg.commitment_id", "c.id")
    .leftJoin("goals as g", "g.id", "cg.goal_id")
    .select(["c.text", "g.name"])
    .where("c.document_id", "=", documentId)
    .orderBy("c.id")
    .execute();
  const out = new Map<string, string[]>();
  for (const r of rows) out.set(r.text, [...(out.get(r.text) ?? []), ...(r.name ? [r.name] : [])]);
  return out;
}
