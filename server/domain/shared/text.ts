import { formatNumber } from "@/server/format/figures";

/** 10000 → "10,000": a count of characters, written as the app writes every number (server/format). */
export function groupDigits(n: number): string {
  return formatNumber(n, 0);
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

// With the u flag a proper pair is one code point, so \p{Cs} matches only a half left alone.
const LONE_SURROGATE = /\p{Cs}/u;

/**
 * The one rule for text that may be stored: no unpaired UTF-16 surrogate
 * (it cannot be written as UTF-8, so SQLite kept bytes that read back as
 * something else) and no NUL (C strings, PDFs and CSV tools cut at it).
 */
function textProblem(text: string): string | null {
  if (text.includes("\u0000")) return "contains a NUL character";
  // isWellFormed (Node 20) answers from V8's own flag for one-byte strings: a 20 MB import costs nothing here.
  const wellFormed = (text as string & { isWellFormed?: () => boolean }).isWellFormed?.() ?? !LONE_SURROGATE.test(text);
  if (!wellFormed) return "contains a broken character (an unpaired surrogate)";
  return null;
}

const MAX_DEPTH = 64;

/**
 * The first string in an input (any depth, keys included) that breaks the
 * rule, with its path, or null. Inputs are already bounded in size by the
 * HTTP layer; the depth bound keeps a crafted input from recursing deeply.
 */
export function findBadText(value: unknown, path: (string | number)[] = [], depth = 0): { path: string; problem: string } | null {
  if (typeof value === "string") {
    const problem = textProblem(value);
    return problem ? { path: path.join("."), problem } : null;
  }
  if (depth > MAX_DEPTH || value === null || typeof value !== "object") return null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findBadText(value[i], [...path, i], depth + 1);
      if (found) return found;
    }
    return null;
  }
  for (const [key, inner] of Object.entries(value)) {
    const keyProblem = textProblem(key);
    if (keyProblem) return { path: [...path, "(a key)"].join("."), problem: keyProblem };
    const found = findBadText(inner, [...path, key], depth + 1);
    if (found) return found;
  }
  return null;
}
