// Names made from a document's own text (a plan named after its title or
// first line) are cut to the length a name typed by a person may have: a
// 350,000-character single-line document must not become a plan name.

/** The longest plan name, as POST /api/plans enforces. */
export const MAX_PLAN_NAME = 200;

/** `text` with its white space collapsed, cut to `max` characters (an ellipsis marking the cut). */
export function nameFrom(text: string, max = MAX_PLAN_NAME): string {
  const one = text.replace(/\s+/gu, " ").trim();
  const chars = Array.from(one);
  if (chars.length <= max) return one;
  return (
    chars
      .slice(0, max - 1)
      .join("")
      .trimEnd() + "…"
  );
}
