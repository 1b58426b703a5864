/**
 * The installation's own address and mail settings, read from the environment
 * in this one place: APP_URL (the absolute base of every link in mail and API
 * documents), SMTP_URL (unset: mail stays in the outbox) and MAIL_FROM.
 */

function defaultBase(): string {
  return `http://127.0.0.1:${process.env.PORT || 3000}`;
}

/** APP_URL without a trailing slash, or the local server's address. */
export function appBase(): string {
  const raw = process.env.APP_URL?.trim();
  return (raw || defaultBase()).replace(/\/+$/, "");
}

/** An absolute link to a path of the app ("/reset-password?token=…" → "https://tc.example.com/reset-password?token=…"). */
export function appUrl(path = "/"): string {
  return `${appBase()}${path.startsWith("/") ? path : `/${path}`}`;
}

/** The SMTP server mail is sent through, or null: then mail is kept in the outbox for the installation admin. */
export function smtpUrl(): string | null {
  return process.env.SMTP_URL?.trim() || null;
}

export const DEFAULT_MAIL_FROM = "Triple Crown <no-reply@localhost>";

export function mailFrom(): string {
  return process.env.MAIL_FROM?.trim() || DEFAULT_MAIL_FROM;
}
