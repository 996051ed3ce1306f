// The matches of a global regular expression, as String.prototype.matchAll
// gives them, found with exec on the expression itself. matchAll copies the
// expression on every call (a new RegExp, looked up in the compilation cache
// by its source), which cost more than the search on the short sentences the
// stages run it over.

/** Every match of the global expression `re` in `text`, in order. Leaves `re.lastIndex` at 0. */
export function matchesOf(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    // An empty match moves on by one, as matchAll does (no expression here uses the u flag).
    if (m[0] === "") re.lastIndex++;
  }
  re.lastIndex = 0;
  return out;
}
