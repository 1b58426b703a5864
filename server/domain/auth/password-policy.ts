import { COMMON_PASSWORDS } from "./data/common-passwords";

/**
 * The password rule (decision 025): at least 10 characters, not only spaces,
 * not a common password (the shipped list, also with the usual endings added:
 * "Password2026!" is "password" to an attacker), not the account's email.
 * Length beats complexity rules; the list stops the guesses tried first.
 */
const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 200;

const PASSWORD_MESSAGES = {
  short: `Use at least ${MIN_PASSWORD_LENGTH} characters for your password.`,
  long: `A password has at most ${MAX_PASSWORD_LENGTH} characters.`,
  blank: "A password cannot be only spaces.",
  common: "This password is too common: it is among the first ones attackers try. Choose another.",
  email: "Your password cannot be your email address.",
} as const;

let common: Set<string> | null = null;
function commonPasswords(): Set<string> {
  common ??= new Set(COMMON_PASSWORDS.split("\n").filter(Boolean));
  return common;
}

/** The common base of a password once its case and the digits and symbols people tack on are set aside. */
function isCommon(password: string): boolean {
  const lower = password.normalize("NFKC").toLowerCase();
  const list = commonPasswords();
  if (list.has(lower) || list.has(lower.trim())) return true;
  const base = lower.replace(/[\d\s!@#$%^&*?.,_+=~-]+$/u, "");
  return base.length > 0 ? list.has(base) : list.has(lower.replace(/\s+/g, ""));
}

/** Why a new password is refused, in plain words, or null when it is fine. */
export function passwordProblem(password: string, email?: string): string | null {
  if ([...password].length < MIN_PASSWORD_LENGTH) return PASSWORD_MESSAGES.short;
  if (password.length > MAX_PASSWORD_LENGTH) return PASSWORD_MESSAGES.long;
  if (password.trim() === "") return PASSWORD_MESSAGES.blank;
  if (email && password.trim().toLowerCase() === email.trim().toLowerCase()) return PASSWORD_MESSAGES.email;
  if (isCommon(password)) return PASSWORD_MESSAGES.common;
  return null;
}
