// Which stored variant of a static file to send, from the request's
// Accept-Encoding (RFC 9110 §12.5.3): brotli when the browser takes it, else
// gzip, else the file as is. A coding with q=0 is refused, and "*" stands for
// every coding not named.
/** The codings the build stores, brotli first: it is the smaller of the two. */
export const CODINGS = ["br", "gzip"] as const;
export type Coding = (typeof CODINGS)[number];

export function pickEncoding(header: string | undefined, available: readonly Coding[]): Coding | null {
  if (!header) return null;
  const q = new Map<string, number>();
  for (const part of header.split(",")) {
    const [name, ...params] = part.trim().toLowerCase().split(";");
    if (!name) continue;
    const qp = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    const value = qp ? Number(qp.slice(2)) : 1;
    q.set(name, Number.isFinite(value) ? value : 0);
  }
  const weight = (c: Coding) => q.get(c) ?? q.get("*") ?? 0;
  // Brotli first at equal weight (CODINGS' order).
  const ranked = CODINGS.filter((c) => available.includes(c) && weight(c) > 0);
  ranked.sort((a, b) => weight(b) - weight(a));
  return ranked[0] ?? null;
}
