// The reader a page at a time, over HTTP on both databases: pages tile the
// document's text without gap or overlap, every span appears once (on the
// page it starts in) with absolute positions and its goals, the pages joined
// equal the whole document, and a page never exceeds the page size.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { AddressInfo } from "node:net";
import { DIALECTS } from "../helpers/stores.ts";
import { withServer } from "../helpers/server.ts";
import { Client } from "../helpers/client.ts";
import { createUser } from "../../src/services/admin.service.ts";
import { seedSynthetic } from "../../src/services/synthetic/seed.service.ts";
import { SYSTEM_ACTOR } from "../../src/domain/types.ts";
import { READER_ITEMS, READER_PAGE } from "../../src/services/reader.read.ts";
import { cutBefore, readerWindow } from "../../src/services/reader-window.ts";

const now = () => new Date("2025-06-15T00:00:00Z");

test("a reader page ends after a line break in its second half, never inside a surrogate pair", () => {
  const text = "一二三四五\n六七八九十\n";
  assert.deepEqual(readerWindow(text, 0, 8), { from: 0, to: 6, total: 12, next: 6 });
  assert.deepEqual(readerWindow(text, 6, 8), { from: 6, to: 12, total: 12, next: null });
  // No break in the second half: cut at the length, but not between a surrogate pair.
  const astral = "甲乙丙\u{20000}丁";
  assert.equal(readerWindow(astral, 0, 4).to, 3);
  assert.equal(readerWindow("", 0, 10).next, null);
  // Cut before an item: after the line break in the stretch's second half, else at the item.
  const w = readerWindow("aaaa\nbbbb\ncccc\n", 0, 100);
  assert.deepEqual(cutBefore("aaaa\nbbbb\ncccc\n", w, 12), { from: 0, to: 10, total: 15, next: 10 });
  assert.deepEqual(cutBefore("aaaa\nbbbb\ncccc\n", w, 4), { from: 0, to: 4, total: 15, next: 4 });
  assert.equal(cutBefore("aaaa\nbbbb\ncccc\n", w, 0), w);
});

for (const { name } of DIALECTS) {
  test(`${name}: the reader pages a large document`, async () => {
    await withServer(name, { now, loginLimit: 100 }, async ({ store, s, app }) => {
      await seedSynthetic(s, {
        commitments: 900,
        reports: 0,
        plans: 1,
        units: 20,
        seed: 5,
        maxDocument: 900,
      });
      await createUser(s, SYSTEM_ACTOR, {
        username: "sup",
        password: "reader-test-password",
        role: "supervisor",
      });
      const c = new Client(`http://127.0.0.1:${(app.server.address() as AddressInfo).port}`);
      assert.equal((await c.login("sup", "reader-test-password")).status, 200);
      const doc = await store.db
        .selectFrom("documents")
        .select(["id", "text"])
        .orderBy("id")
        .executeTakeFirstOrThrow();
      assert.ok(doc.text.length > 2 * 5000, `document of ${doc.text.length} characters`);

      const pages = [];
      for (let from: number | null = 0; from !== null;) {
        const r = await c.call("GET", `/api/documents/${doc.id}/reader?from=${from}&length=5000`);
        assert.equal(r.status, 200, JSON.stringify(r.body));
        assert.equal(r.body.window.from, from);
        assert.ok(r.body.window.to - from <= 5000);
        assert.equal(r.body.document.text, doc.text.slice(r.body.window.from, r.body.window.to));
        assert.equal(r.body.document.length, doc.text.length);
        for (const k of ["commitments", "targets", "speakers", "strategies"])
          for (const x of r.body[k])
            assert.ok(
              x.span[0] >= r.body.window.from && x.span[0] < r.body.window.to,
              `${k} ${x.id} on its page`,
            );
        pages.push(r.body);
        from = r.body.next;
      }
      assert.ok(pages.length >= 3, `${pages.length} pages`);
      assert.equal(pages.map((p) => p.document.text).join(""), doc.text);

      const items = pages.flatMap((p) => p.commitments);
      const stored = await store.db
        .selectFrom("commitments")
        .select(["id", "span_start"])
        .where("document_id", "=", doc.id)
        .where("review_state", "in", ["proposed", "confirmed"])
        .execute();
      assert.deepEqual(
        items.map((i) => i.id).sort((a, b) => a - b),
        stored.map((r) => r.id).sort((a, b) => a - b),
      );
      const links = await store.db
        .selectFrom("commitment_goals")
        .select(["commitment_id", "goal_id"])
        .where(
          "commitment_id",
          "in",
          items.map((i) => i.id),
        )
        .execute();
      assert.ok(links.length > 0);
      for (const l of links)
        assert.ok(items.find((i) => i.id === l.commitment_id)!.goal_ids.includes(Number(l.goal_id)));
      const targets = pages.flatMap((p) => p.targets);
      assert.ok(targets.length > 0 && new Set(targets.map((t) => t.id)).size === targets.length);

      // Without a length, pages of at most READER_ITEMS items (the document packs more into READER_PAGE characters).
      const dense = [];
      for (let from: number | null = 0; from !== null;) {
        const r = await c.call("GET", `/api/documents/${doc.id}/reader?from=${from}`);
        assert.equal(r.status, 200);
        assert.ok(r.body.commitments.length <= READER_ITEMS, `${r.body.commitments.length} items on a page`);
        dense.push(r.body);
        from = r.body.next;
      }
      assert.ok(dense[0].commitments.length > READER_ITEMS / 2 && dense.length >= 2, `${dense.length} pages`);
      assert.equal(dense.map((p) => p.document.text).join(""), doc.text);
      assert.deepEqual(
        dense.flatMap((p) => p.commitments.map((i: { id: number }) => i.id)).sort((a, b) => a - b),
        stored.map((r) => r.id).sort((a, b) => a - b),
      );

      // Without a length the page is the default size; a larger one, past the end or negative is the client's error.
      const first = await c.call("GET", `/api/documents/${doc.id}/reader`);
      assert.equal(first.status, 200);
      assert.ok(first.body.window.to <= READER_PAGE);
      const big = await c.call("GET", `/api/documents/${doc.id}/reader?length=${READER_PAGE + 1}`);
      assert.equal(big.status, 400);
      const past = await c.call("GET", `/api/documents/${doc.id}/reader?from=${doc.text.length + 1}`);
      assert.equal(past.status, 400);
      assert.match(past.body.error.message, /past the end/);
      assert.equal((await c.call("GET", `/api/documents/${doc.id}/reader?from=-1`)).status, 400);
      assert.equal((await c.call("GET", `/api/documents/999999/reader`)).status, 404);
    });
  });
}
