// Where one page of the reader ends: at most `length` characters from `from`,
// moved back to just after the last line break in the page's second half so
// that a page ends where a paragraph does, and never between the two halves of
// a surrogate pair. Pure, so the paging rule is tested apart from storage.
export interface ReaderWindow {
  from: number;
  to: number;
  total: number;
  /** Where the next page starts; null on the last page. */
  next: number | null;
}

export function readerWindow(text: string, from: number, length: number): ReaderWindow {
  const total = text.length;
  let to = Math.min(total, from + length);
  if (to < total) {
    const cut = text.lastIndexOf("\n", to - 1);
    if (cut >= from + Math.floor(length / 2)) to = cut + 1;
    const code = text.charCodeAt(to - 1);
    if (to - 1 > from && code >= 0xd800 && code <= 0xdbff) to--;
  }
  return { from, to, total, next: to < total ? to : null };
}

/**
 * The window cut short before position `at` (the first item that does not fit
 * on the page): after the last line break between the window's start and
 * `at` when that lies in the second half of the stretch, else at `at` itself.
 * `at` is a span's start, so never inside a surrogate pair.
 */
export function cutBefore(text: string, w: ReaderWindow, at: number): ReaderWindow {
  if (at <= w.from || at >= w.to) return w;
  let to = at;
  const cut = text.lastIndexOf("\n", at - 1);
  if (cut + 1 > w.from + Math.floor((at - w.from) / 2)) to = cut + 1;
  return { from: w.from, to, total: w.total, next: to < w.total ? to : null };
}
