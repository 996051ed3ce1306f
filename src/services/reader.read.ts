// The reader's read model, one page at a time: a window of a document's text
// and the spans that start in it — commitments (with their goals), targets,
// speakers and named strategies — read by document and position through
// indexes (storage/reader.repo.ts), so a page costs the same in a 5,000-item
// document as in a short one.
// Positions stay absolute (characters from the document's start).
import { LantuError } from "../errors.ts";
import { documentSpans, itemStartAfter } from "../storage/reader.repo.ts";
import { documentPages, getDocumentSummary } from "../storage/document.repo.ts";
import type { Services } from "./context.ts";
import { textOf } from "./document-text.ts";
import { cutBefore, readerWindow } from "./reader-window.ts";

/** Characters per page when the caller does not say, and the most it may ask for. */
export const READER_PAGE = 20_000;
/**
 * Items per page at most: a page ends before the item past this many, so a
 * dense document (a 5,000-item plan packs 900 items into 20,000 characters)
 * answers its first page as fast as a sparse one and the rest follows.
 */
export const READER_ITEMS = 200;

/**
 * One page of a document (at most `length` characters and READER_ITEMS items)
 * and the spans starting in it; 404 when there is no such document, 400 when
 * `from` lies past its end.
 */
export async function documentReader(s: Services, id: number, from = 0, length = READER_PAGE) {
  // The row without its text, and the text kept between requests (document-text.ts).
  const head = await getDocumentSummary(s.store.db, id);
  if (!head) throw new LantuError("not_found", `document ${id} not found`);
  const document = { ...head, text: await textOf(s.store, head) };
  if (from > document.text.length) {
    throw new LantuError(
      "validation",
      `from: ${from} is past the end of the document (${document.text.length} characters)`,
      { field: "from" },
    );
  }
  const chars = readerWindow(document.text, from, Math.min(length, READER_PAGE));
  const over = await itemStartAfter(s.store.db, id, chars, READER_ITEMS);
  const window = over === null ? chars : cutBefore(document.text, chars, over);
  const [spans, pages] = await Promise.all([
    documentSpans(s.store.db, id, window),
    // Every page's start, whatever the window: a few hundred rows at most, and the reader marks them all.
    documentPages(s.store.db, id),
  ]);
  return { document, window, spans, pages };
}
export type { DocumentSpans } from "../storage/reader.repo.ts";
