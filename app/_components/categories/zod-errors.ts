import type { z } from "zod";

/** zod issues as { field: [messages] }, the same shape the API sends, so forms show both alike. */
export function zodFieldErrors(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

/** "" → null, "12,5" → 12.5, "abc" → NaN (left for the schema to refuse with its own message). */
export function parseNumber(text: string): number | null {
  const trimmed = text.trim().replace(/\s/g, "");
  if (trimmed === "") return null;
  return Number(trimmed.replace(",", "."));
}
