/**
 * The one rule for a number someone types, in the browser and in CSV imports:
 * it reads what the app writes (en-GB: "12,000", "1,200,000.50", "€45,000",
 * "-£3,000", "−3,000", "€1.23m", "45k") and refuses anything that could mean
 * two things ("12,5": twelve and a half, or a mistyped 125?) with a sentence
 * saying what to type instead. Pure: no React, no Node.
 */

export type ParsedNumber = { ok: true; value: number | null } | { ok: false; message: string };

/** The currency signs the app writes (number-format.ts) and the bare ones people type. */
const CURRENCY_SIGNS = ["US$", "CA$", "NZ$", "JP¥", "CN¥", "A$", "R$", "€", "£", "$", "¥", "₹"];

/** en-GB's compact suffixes, and the powers of ten they stand for. */
const SUFFIX_EXPONENT: Readonly<Record<string, number>> = { k: 3, m: 6, bn: 9, tn: 12 };

const MINUS_SIGNS = /^[-−–]/;
const SPACE = /[\s\u00a0\u202f\u2009]/;
const EXAMPLE = "e.g. 12,000 or 12.5";

const refuse = (message: string): ParsedNumber => ({ ok: false, message });

/** Strips a sign and a currency sign in either order ("-€3", "€-3") and an ISO code ("CHF 1,234"). */
function peel(text: string): { negative: boolean; rest: string } {
  let rest = text;
  let negative = false;
  for (let round = 0; round < 2; round++) {
    if (MINUS_SIGNS.test(rest)) {
      if (negative) break;
      negative = true;
      rest = rest.slice(1).trimStart();
      continue;
    }
    if (rest.startsWith("+") && !negative) {
      rest = rest.slice(1).trimStart();
      continue;
    }
    const sign = CURRENCY_SIGNS.find((s) => rest.startsWith(s));
    const code = /^[A-Z]{3}[\s\u00a0]/.exec(rest)?.[0];
    if (sign ?? code) {
      rest = rest.slice((sign ?? code)!.length).trimStart();
      continue;
    }
    break;
  }
  return { negative, rest };
}

/**
 * Reads the digits, with commas (or spaces) grouping thousands and one point
 * for decimals. Returns the plain digits ("1200000.5") or what to type instead.
 */
function readBody(body: string, typed: string): { digits: string } | { message: string } {
  if (!/^[\d.,\s\u00a0\u202f\u2009]+$/.test(body) || !/\d/.test(body)) {
    return { message: `“${typed}” is not a number: type digits, ${EXAMPLE}.` };
  }
  const points = body.split(".").length - 1;
  const [whole = "", fraction = ""] = body.split(".");
  if (points > 1) {
    const allGroups = body
      .split(".")
      .slice(1)
      .every((g) => /^\d{3}$/.test(g));
    return {
      message: allGroups
        ? `“${typed}” has more than one point. Use commas for thousands: ${group(body.replace(/\./g, ""))}.`
        : `“${typed}” has more than one decimal point: type one number, ${EXAMPLE}.`,
    };
  }
  if (/[,\s\u00a0\u202f\u2009]/.test(fraction)) {
    // "1.234,5": thousands with points and decimals with a comma.
    const swapped = `${whole.replace(/\./g, "")}${fraction}`.replace(/[\s\u00a0\u202f\u2009]/g, "");
    const [w = "", f = ""] = swapped.split(",");
    const suggestion = /^\d+$/.test(w) && /^\d+$/.test(f) ? `: ${group(w)}.${f}` : "";
    return { message: `“${typed}” has a comma after the point. Use a point for decimals and commas for thousands${suggestion}.` };
  }
  if (fraction !== "" && !/^\d+$/.test(fraction)) return { message: `“${typed}” is not a number: ${EXAMPLE}.` };
  if (points === 1 && whole === "" && fraction === "") return { message: `“${typed}” is not a number: ${EXAMPLE}.` };

  const separators = new Set(whole.match(/[,\s\u00a0\u202f\u2009]/g) ?? []);
  const spaceLike = [...separators].some((s) => SPACE.test(s));
  if (separators.has(",") && spaceLike)
    return { message: `“${typed}” mixes commas and spaces: group thousands with commas only, ${EXAMPLE}.` };
  const groups = whole.split(/[,\s\u00a0\u202f\u2009]/);
  if (groups.length > 1) {
    const [first = "", ...others] = groups;
    const last = others[others.length - 1] ?? "";
    const wellGrouped = /^\d{1,3}$/.test(first) && others.every((g) => /^\d{3}$/.test(g));
    if (!wellGrouped) {
      if (
        separators.has(",") &&
        others.length === 1 &&
        /^\d{1,2}$|^\d{4,}$/.test(last) &&
        /^\d+$/.test(first) &&
        fraction === "" &&
        points === 0
      ) {
        // "12,5" or "3,14159": a decimal comma, or a slip in a group? Either way the reader cannot tell.
        return {
          message: `“${typed}” is not clear: a comma here could be a decimal point. Use a point for decimals: ${first}.${last}, and commas only between groups of three digits (12,000).`,
        };
      }
      const digitsOnly = groups.join("");
      return /^\d+$/.test(digitsOnly)
        ? {
            message: `“${typed}” is not grouped in threes. Did you mean ${group(digitsOnly)}${fraction ? `.${fraction}` : ""}? Commas go between groups of three digits.`,
          }
        : { message: `“${typed}” is not a number: ${EXAMPLE}.` };
    }
  }
  const digits = groups.join("");
  if (digits !== "" && !/^\d+$/.test(digits)) return { message: `“${typed}” is not a number: ${EXAMPLE}.` };
  return { digits: `${digits || "0"}${fraction ? `.${fraction}` : ""}` };
}

/** "1200000" → "1,200,000", for suggestions in messages. */
function group(digits: string): string {
  const trimmed = digits.replace(/^0+(?=\d)/, "");
  return trimmed.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/**
 * A typed number: "" → `{ ok: true, value: null }`; a number the app would
 * write → its value; anything else → a message that names what was typed and
 * what to type. Never NaN, never Infinity.
 */
export function parseNumber(typed: string): ParsedNumber {
  const text = typed.trim();
  if (text === "") return { ok: true, value: null };
  const { negative, rest } = peel(text);
  const suffix = /(k|m|bn|tn)$/i.exec(rest.trimEnd());
  const exponent = suffix ? SUFFIX_EXPONENT[suffix[1]!.toLowerCase()]! : 0;
  const body = (suffix ? rest.trimEnd().slice(0, -suffix[1]!.length) : rest).trim();
  if (body === "") return refuse(`“${text}” is not a number: ${EXAMPLE}.`);
  const read = readBody(body, text);
  if ("message" in read) return refuse(read.message);
  // Scale by the suffix in decimal, not by multiplying floats: "1.23m" is exactly 1230000, not 1230000.0000000002.
  const value = Number(`${read.digits}e${exponent}`);
  if (!Number.isFinite(value)) return refuse(`“${text}” is too large to be a number here.`);
  return { ok: true, value: negative ? -value : value };
}
