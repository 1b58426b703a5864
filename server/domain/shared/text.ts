/** 10000 → "10,000", without Intl (decision 014): this runs in the browser too. */
export function groupDigits(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** The words for text over its limit, shared by the server's schemas and the forms' counters. */
export function tooLongMessage(label: string, max: number, length: number): string {
  return `${label}: at most ${groupDigits(max)} characters (you have ${groupDigits(length)})`;
}

/**
 * zod's `.max(n, tooLong(label, n))`: over-long text is refused with the limit
 * and the length typed, never cut to fit (issue 14).
 */
export function tooLong(label: string, max: number) {
  return { error: (issue: { input?: unknown }) => tooLongMessage(label, max, typeof issue.input === "string" ? issue.input.length : 0) };
}
