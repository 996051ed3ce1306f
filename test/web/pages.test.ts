// The page a text offset falls on, as the review queue, an item's page and
// the reader say it ("第3页").
import { test } from "node:test";
import assert from "node:assert/strict";
import { pageAt } from "../../web/src/lib/pages.ts";

const page = (number: number, start: number) => ({ number, start, confidence: null, image: false });

test("the page holding an offset: its start at or before it, the last such", () => {
  const pages = [page(1, 0), page(2, 120), page(3, 121), page(4, 500)];
  assert.equal(pageAt(pages, 0), 1);
  assert.equal(pageAt(pages, 119), 1);
  assert.equal(pageAt(pages, 120), 2);
  assert.equal(pageAt(pages, 121), 3);
  assert.equal(pageAt(pages, 499), 3);
  assert.equal(pageAt(pages, 500), 4);
  assert.equal(pageAt(pages, 10_000), 4);
});

test("an unpaged document has no page numbers", () => {
  assert.equal(pageAt([], 5), null);
  assert.equal(pageAt(undefined, 5), null);
  assert.equal(pageAt([page(1, 0)], 5), 1);
});
