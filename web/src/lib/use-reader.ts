// The reader's document, fetched a page at a time (the API serves at most
// 20,000 characters and 200 items per call so a 5,000-item document never
// costs one large answer): the first page shows at once, the following pages are appended as
// they arrive. Positions are absolute, so the pages join by concatenation.
import { useCallback, useEffect, useState } from "react";
import { get } from "./api.ts";
import type { Reader } from "./types.ts";

export interface ReaderData {
  data: Reader | null;
  error: Error | null;
  /** True until the last page has arrived. */
  loading: boolean;
  reload: () => void;
}

export function joinPages(a: Reader, b: Reader): Reader {
  return {
    ...a,
    document: { ...a.document, text: a.document.text + b.document.text },
    window: { from: a.window.from, to: b.window.to },
    next: b.next,
    commitments: [...a.commitments, ...b.commitments],
    targets: [...a.targets, ...b.targets],
    speakers: [...a.speakers, ...b.speakers],
    strategies: [...a.strategies, ...b.strategies],
  };
}

export function useReader(docId: number | null): ReaderData {
  const [state, setState] = useState<Omit<ReaderData, "reload">>({
    data: null,
    error: null,
    loading: docId !== null,
  });
  const [tick, setTick] = useState(0);
  useEffect(() => {
    if (docId === null) {
      setState({ data: null, error: null, loading: false });
      return;
    }
    const ctl = new AbortController();
    setState({ data: null, error: null, loading: true });
    void (async () => {
      let whole: Reader | null = null;
      let from: number | null = 0;
      try {
        while (from !== null) {
          const page: Reader = await get<Reader>(`/api/documents/${docId}/reader?from=${from}`, ctl.signal);
          whole = whole ? joinPages(whole, page) : page;
          from = page.next;
          setState({ data: whole, error: null, loading: from !== null });
        }
      } catch (error) {
        if (!ctl.signal.aborted) setState({ data: whole, error: error as Error, loading: false });
      }
    })();
    return () => ctl.abort();
  }, [docId, tick]);
  const reload = useCallback(() => setTick((n) => n + 1), []);
  return { ...state, reload };
}
