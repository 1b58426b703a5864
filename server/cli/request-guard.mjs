/**
 * What the custom server (server/cli/serve.mjs) does to each request before
 * Next sees it, and the security headers that need the request to be known.
 * Plain JavaScript, like the server (decision 011).
 */
import { randomBytes } from "node:crypto";

/** Methods no page or API of ours answers: TRACE echoed into a 500 before. */
const REFUSED_METHODS = new Set(["TRACE", "TRACK", "CONNECT"]);

/** Next reads this header on client-side navigations; a malformed one made it answer 500. */
const ROUTER_STATE_HEADER = "next-router-state-tree";
const MAX_ROUTER_STATE_CHARS = 16_384;

/** A random nonce per response: Next puts it on every script it writes (it reads it from the request's CSP). */
export function newNonce() {
  return randomBytes(16).toString("base64");
}

/**
 * The Content-Security-Policy of every response: scripts only from this
 * origin or carrying this response's nonce, so an injected inline script
 * never runs ('unsafe-inline' is gone from script-src). Styles keep
 * 'unsafe-inline' (React's style attributes need it; CSS cannot run code).
 * `next dev` (no server of ours, no nonce) gets inline scripts and eval, which
 * its own bootstrapping and React's dev tools need: next.config.mjs.
 * @param {string | null} nonce
 * @param {{ dev?: boolean }} [opts]
 */
export function contentSecurityPolicy(nonce, opts = {}) {
  return [
    "default-src 'self'",
    opts.dev ? "script-src 'self' 'unsafe-inline' 'unsafe-eval'" : `script-src 'self' 'nonce-${nonce}'`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ].join("; ");
}

/** @param {string | string[] | undefined} value */
function isWellFormedRouterState(value) {
  if (typeof value !== "string" || value.length > MAX_ROUTER_STATE_CHARS) return false;
  try {
    return Array.isArray(JSON.parse(decodeURIComponent(value)));
  } catch {
    return false;
  }
}

/** @param {import("node:http").IncomingMessage} req @param {string} name */
function deleteHeader(req, name) {
  delete req.headers[name];
  const raw = req.rawHeaders;
  for (let i = raw.length - 2; i >= 0; i -= 2) if (raw[i].toLowerCase() === name) raw.splice(i, 2);
}

/**
 * Answers what must never reach Next, fixes what Next mishandles, and sets the
 * headers that depend on the request. Returns true when it answered itself.
 * @param {import("node:http").IncomingMessage} req
 * @param {import("node:http").ServerResponse} res
 * @param {{ https: boolean }} opts whether the client reached us over HTTPS (directly or through a trusted proxy)
 */
export function guardRequest(req, res, opts) {
  if (REFUSED_METHODS.has((req.method ?? "").toUpperCase())) {
    res.writeHead(405, { allow: "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS", "content-type": "text/plain; charset=utf-8" });
    res.end("Method not allowed.");
    return true;
  }
  // A malformed router state is dropped: Next then renders the whole page, as for a first visit.
  if (req.headers[ROUTER_STATE_HEADER] !== undefined && !isWellFormedRouterState(req.headers[ROUTER_STATE_HEADER])) {
    deleteHeader(req, ROUTER_STATE_HEADER);
  }
  const nonce = newNonce();
  const policy = contentSecurityPolicy(nonce);
  // Next reads the nonce from the request's policy and writes it on its scripts.
  deleteHeader(req, "content-security-policy-report-only");
  req.headers["content-security-policy"] = policy;
  res.setHeader("Content-Security-Policy", policy);
  // Only meaningful over HTTPS, and only said there: browsers ignore it over plain HTTP anyway. Not for
  // subdomains: this app cannot know whether the operator's other hosts all speak HTTPS.
  if (opts.https) res.setHeader("Strict-Transport-Security", "max-age=31536000");
  return false;
}
