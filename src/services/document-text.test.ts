// The kept document text (document-text.ts): read once, then kept; a row with
// another hash, creation time or version under the same id reads its own.
import { test } from "node:test";
import assert from "node:assert/strict";
import { openSqlite } from "../storage/dialects/index.ts";
import { migrateToLatest } from "../storage/migrate.ts";
import { SYSTEM_ACTOR } from "../domain/types.ts";
import { createPlan } from "./admin.service.ts";
import { makeServices } from "./context.ts";
import { textOf } from "./document-text.ts";
import { getDocumentSummary } from "../storage/document.repo.ts";

test("a document's text is read once and kept while its row is the same", async () => {
  const store = openSqlite(":memory:");
  try {
    await migrateToLatest(store);
    const s = makeServices(store);
    const plan = await createPlan(s, SYSTEM_ACTOR, "测试", null);
    const doc = await store.db
      .insertInto("documents")
      .values({
        plan_id: plan.id,
        hash: "h1",
        title: "t",
        source: "s",
        year: 2023,
        encoding: "utf-8",
        format: "text",
        text: "第一稿。",
        revises_id: null,
        created_at: "2023-01-01T00:00:00Z",
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const head = (await getDocumentSummary(store.db, doc.id))!;
    assert.equal(await textOf(store, head), "第一稿。");
    // The text changed under the same row stamp (no app statement does this): still the kept text,
    // which shows that the second read came from memory.
    await store.db.updateTable("documents").set({ text: "第二稿。" }).where("id", "=", doc.id).execute();
    assert.equal(await textOf(store, head), "第一稿。");
    // Another row under the id (another hash, or version): its own text.
    await store.db.updateTable("documents").set({ hash: "h2" }).where("id", "=", doc.id).execute();
    assert.equal(await textOf(store, (await getDocumentSummary(store.db, doc.id))!), "第二稿。");
    await store.db
      .updateTable("documents")
      .set({ text: "第三稿。", version: 2 })
      .where("id", "=", doc.id)
      .execute();
    assert.equal(await textOf(store, (await getDocumentSummary(store.db, doc.id))!), "第三稿。");
    // Gone since its row was read: not found.
    await store.db.deleteFrom("documents").where("id", "=", doc.id).execute();
    await assert.rejects(textOf(store, { ...head, hash: "h3" }), /not found/);
  } finally {
    await store.close();
  }
});
