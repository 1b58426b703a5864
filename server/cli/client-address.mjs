/**
 * The caller's address as the custom server (server/cli/serve.mjs) sees it,
 * handed to the app in one private header. Plain JavaScript: the server runs
 * without tsx (docs/decisions/011-start-and-shutdown.md).
 *
 * The address is the socket's. X-Forwarded-For is read only when the socket's
 * peer is a proxy listed in TRUSTED_PROXIES, and then from the right: each
 * trusted proxy appends the peer it saw, so the right-most address that is not
 * a trusted proxy is the client. Everything left of it was written by the
 * client and proves nothing (docs/decisions/023-client-address-and-rate-limits.md).
 */
import { BlockList, isIP } from "node:net";

/** Read by server/auth/client-ip.ts; any copy a client sends is deleted first. */
export const CLIENT_ADDRESS_HEADER = "x-triple-crown-client";

/** "::ffff:10.0.0.1" (IPv4 on a dual-stack socket) is 10.0.0.1. */
function normalize(address) {
  const text = String(address ?? "").trim();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(text);
  return mapped ? mapped[1] : text;
}

function family(address) {
  const v = isIP(address);
  return v === 4 ? "ipv4" : v === 6 ? "ipv6" : null;
}

/**
 * TRUSTED_PROXIES: comma-separated addresses and CIDR ranges ("10.0.0.0/8,
 * ::1, 192.168.1.7"). Throws on an entry that is neither, so a typo stops the
 * server instead of silently trusting nothing (or everything).
 * @param {string | undefined} spec
 * @returns {BlockList}
 */
export function parseTrustedProxies(spec) {
  const list = new BlockList();
  for (const raw of (spec ?? "").split(",")) {
    const entry = raw.trim();
    if (!entry) continue;
    const [addressPart, prefixPart, extra] = entry.split("/");
    const address = normalize(addressPart);
    const type = family(address);
    const prefix = prefixPart === undefined ? undefined : Number(prefixPart);
    const max = type === "ipv4" ? 32 : 128;
    if (!type || extra !== undefined || (prefix !== undefined && !(Number.isInteger(prefix) && prefix >= 0 && prefix <= max))) {
      throw new Error(`TRUSTED_PROXIES: "${entry}" is not an IP address or a CIDR range like 10.0.0.0/8`);
    }
    if (prefix === undefined) list.addAddress(address, type);
    else list.addSubnet(address, prefix, type);
  }
  return list;
}

/** @param {BlockList} trusted @param {string} address */
function isTrusted(trusted, address) {
  const type = family(address);
  return type !== null && trusted.check(address, type);
}

/**
 * @param {string | undefined} peer the socket's remote address
 * @param {string | string[] | undefined} forwardedFor the X-Forwarded-For header(s)
 * @param {BlockList} trusted
 * @returns {string} the client's address ("unknown" when the socket has none, e.g. already closed)
 */
export function clientAddress(peer, forwardedFor, trusted) {
  let client = normalize(peer);
  if (!family(client)) return "unknown";
  if (!isTrusted(trusted, client)) return client;
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? "")).split(",").map(normalize).filter(Boolean);
  while (hops.length && isTrusted(trusted, client)) {
    const hop = hops.pop();
    // Garbage where a trusted proxy's entry should be: stop at the last address we can vouch for.
    if (!family(hop)) break;
    client = hop;
  }
  return client;
}

/**
 * Puts the client's address on the request for the app, replacing any copy
 * the client sent (in the header object and the raw list alike).
 * @param {import("node:http").IncomingMessage} req
 * @param {BlockList} trusted
 */
export function stampClientAddress(req, trusted) {
  const address = clientAddress(req.socket.remoteAddress, req.headers["x-forwarded-for"], trusted);
  const raw = req.rawHeaders;
  for (let i = raw.length - 2; i >= 0; i -= 2) {
    if (raw[i].toLowerCase() === CLIENT_ADDRESS_HEADER) raw.splice(i, 2);
  }
  req.headers[CLIENT_ADDRESS_HEADER] = address;
  raw.push(CLIENT_ADDRESS_HEADER, address);
  return address;
}

/**
 * Whether the client reached us over HTTPS: our own TLS socket, or a trusted
 * proxy saying so in X-Forwarded-Proto (an untrusted peer's word proves nothing).
 * @param {import("node:http").IncomingMessage} req
 * @param {BlockList} trusted
 */
export function isHttps(req, trusted) {
  if (/** @type {{ encrypted?: boolean }} */ (req.socket).encrypted) return true;
  if (!isTrusted(trusted, normalize(req.socket.remoteAddress))) return false;
  const proto = req.headers["x-forwarded-proto"];
  const first = (Array.isArray(proto) ? proto[0] : proto)?.split(",")[0]?.trim().toLowerCase();
  return first === "https";
}
