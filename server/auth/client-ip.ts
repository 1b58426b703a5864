/**
 * The caller's address for rate limits, as the custom server computed it from
 * the socket (server/cli/client-address.mjs, decision 023). Forwarded headers
 * are never read here: only the server, which knows the socket's peer and the
 * configured TRUSTED_PROXIES, may decide whether to believe them.
 *
 * "unknown" when the app runs without that server (`next dev`, a bare `next
 * start`): per-address limits then do not apply (rather than putting every
 * caller in one bucket); per-account protection still does.
 */
export const CLIENT_IP_HEADER = "x-triple-crown-client";
export const UNKNOWN_ADDRESS = "unknown";

export function clientIp(headers: Headers): string {
  return headers.get(CLIENT_IP_HEADER) || UNKNOWN_ADDRESS;
}
