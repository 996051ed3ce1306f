// Sorting for the short lists of this stage (a sentence's figures, period
// words). Array.prototype.sort copies its array on every call, and this stage
// sorts a few items per sentence; an insertion sort copies nothing. Stable,
// as Array.prototype.sort is, so the two give the same order.
const SHORT = 32;

export function sortShort<T>(items: T[], compare: (a: T, b: T) => number): T[] {
  if (items.length > SHORT) return items.sort(compare);
  for (let i = 1; i < items.length; i++) {
    const item = items[i]!;
    let j = i - 1;
    for (; j >= 0 && compare(items[j]!, item) > 0; j--) items[j + 1] = items[j]!;
    items[j + 1] = item;
  }
  return items;
}
