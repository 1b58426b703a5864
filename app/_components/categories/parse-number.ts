/**
 * A number as typed: "" → null, "12,5" → 12.5, "1 200" → 1200. Anything else
 * is NaN, which JSON would quietly turn into null, so forms refuse it here
 * (the one check left to the browser; the API validates everything else).
 */
export function parseNumber(text: string): number | null {
  const trimmed = text.trim().replace(/\s/g, "");
  if (trimmed === "") return null;
  return Number(trimmed.replace(",", "."));
}

/** Field errors for typed numbers that are not numbers, keyed like the API's field errors. */
export function numberErrors(values: Record<string, number | null>, required: string[] = []): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [key, value] of Object.entries(values)) {
    if (value === null && required.includes(key)) out[key] = ["Enter a number"];
    else if (value !== null && !Number.isFinite(value)) out[key] = ["Enter a number, e.g. 1200 or 12.5"];
  }
  return out;
}
