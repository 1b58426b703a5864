/**
 * Where a webhook may point. HTTPS everywhere; plain HTTP only to this
 * machine (localhost, 127.x, ::1), for local receivers and tests. Pure: the
 * form shows the same message the server gives.
 */
export const WEBHOOK_URL_MAX = 2_000;

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;

export function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK.test(hostname);
}

/** Why this URL cannot receive webhooks, or null when it can. */
export function webhookUrlProblem(text: string): string | null {
  if (text.length === 0) return "Enter the URL that should receive the events.";
  if (text.length > WEBHOOK_URL_MAX) return `A webhook URL has at most ${WEBHOOK_URL_MAX} characters.`;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return "Enter a full URL, starting with https:// (for example https://example.com/hooks/triple-crown).";
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return "A webhook URL starts with https://.";
  if (url.protocol === "http:" && !isLoopbackHost(url.hostname)) {
    return "Use https:// (plain http:// is allowed only for this machine: localhost or 127.0.0.1).";
  }
  if (url.username || url.password) return "Leave the user name and password out of the URL; each delivery is signed instead.";
  if (url.hash) return "A webhook URL has no #fragment.";
  return null;
}
