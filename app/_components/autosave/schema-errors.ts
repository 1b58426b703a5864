import type { ZodType } from "zod";

/**
 * The API's own schema run on the form's values, as field errors keyed like
 * the API's ("costReduction.low"): the form marks and holds back exactly the
 * fields the server would refuse, and saves the rest.
 */
export function schemaErrors(schema: ZodType, input: Record<string, unknown>): Record<string, string[]> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return {};
  const out: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) {
    const key = issue.path.join(".") || "_";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}
