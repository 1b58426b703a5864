/**
 * Email domains as an admin types them and as an email carries them. Pure:
 * the settings form checks with the same rules.
 */

/** A DNS name of at least two labels: letters, digits and hyphens, no leading or trailing hyphen. */
const DOMAIN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$/;

/** "@Example.COM " → "example.com"; an admin may paste a leading "@". */
export function normaliseDomain(text: string): string {
  return text.trim().toLowerCase().replace(/^@/, "");
}

export function isDomain(text: string): boolean {
  return DOMAIN.test(text);
}

/** The part after the last "@", lower-cased; null when there is none. */
export function domainOfEmail(email: string): string | null {
  const at = email.lastIndexOf("@");
  if (at <= 0 || at === email.length - 1) return null;
  return email
    .slice(at + 1)
    .trim()
    .toLowerCase();
}

/** Exact domains only: "example.com" does not let in "mail.example.com" (each is listed on its own). */
export function domainAllowed(email: string, allowed: readonly string[]): boolean {
  const domain = domainOfEmail(email);
  return domain !== null && allowed.includes(domain);
}
