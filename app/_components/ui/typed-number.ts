import { formatNumber } from "@/server/format/figures";
import { parseNumber, type ParsedNumber } from "@/server/format/parse-number";

/** Decimals a typed number is echoed back with: enough for any estimate, rating or weight people type. */
const ECHO_DIGITS = 6;

/**
 * What a number field says about its text, before anything is saved:
 * `note` ("Understood as 12,000") when the text reads as a number written
 * differently from how the app writes it, `refusal` when it cannot be read.
 */
export function readTypedNumber(text: string): { parsed: ParsedNumber; note: string | null; refusal: string | null } {
  const parsed = parseNumber(text);
  if (!parsed.ok) return { parsed, note: null, refusal: parsed.message };
  if (parsed.value === null) return { parsed, note: null, refusal: null };
  const canonical = formatNumber(parsed.value, ECHO_DIGITS);
  return { parsed, note: canonical === text.trim() ? null : `Understood as ${canonical}`, refusal: null };
}

/** The text a saved number is edited as: the way the app shows it ("12,000"), which the parser reads back. */
export function numberText(value: number | null | undefined): string {
  return value === null || value === undefined || !Number.isFinite(value) ? "" : formatNumber(value, ECHO_DIGITS);
}

/**
 * Reads several typed numbers at once, for a form's submit: the values, or
 * field errors keyed like the API's ("costReduction.low") with the parser's
 * plain-word message. A refused value is never sent.
 */
export function readNumbers<K extends string>(
  texts: Record<K, string>,
  required: readonly NoInfer<K>[] = [],
): { ok: true; values: Record<K, number | null> } | { ok: false; errors: Record<string, string[]> } {
  const values = {} as Record<K, number | null>;
  const errors: Record<string, string[]> = {};
  for (const key of Object.keys(texts) as K[]) {
    const parsed = parseNumber(texts[key]);
    if (!parsed.ok) errors[key] = [parsed.message];
    else if (parsed.value === null && required.includes(key)) errors[key] = ["Enter a number, e.g. 12,000 or 12.5."];
    else values[key] = parsed.value;
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, values };
}
