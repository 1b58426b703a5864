/**
 * A–Z for short labels (department names), ignoring case, without ICU: a tab's
 * first `localeCompare` loads collation data, 16–30 ms before any CPU slowdown
 * (decision 014), and the roadmap sorts its departments while it hydrates.
 * Accented capitals sort by code point, which is fine for a filter list.
 */
export function compareText(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x !== y) return x < y ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
