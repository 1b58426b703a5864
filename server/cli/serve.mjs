/**
 * The production server: Next's request handler behind our own node:http
 * server, so the app can know the caller's address (decision 023). `next
 * start` hands route handlers no socket, and fills X-Forwarded-For only when
 * the client sent none, so a client could name any address it liked.
 *
 * Started by server/cli/start.mjs (which builds first and maps exit codes),
 * by the browser tests' global setup and by the benchmarks, so all of them
 * serve the same way. Stops as `next start` does (decision 011): on
 * SIGTERM/SIGINT it stops accepting, lets open requests finish, closes Next,
 * then exits 128 + the signal's number; the grace-period deadline installed by
 * instrumentation.ts (server/cli/shutdown-deadline.ts) caps the wait.
 */
import { createServer } from "node:http";
import { constants } from "node:os";
import path from "node:path";
import { isHttps, parseTrustedProxies, stampClientAddress } from "./client-address.mjs";
import { guardRequest } from "./request-guard.mjs";

// Set before Next loads: it reads NODE_ENV when its modules are first evaluated.
process.env.NODE_ENV = "production";
process.env.NEXT_TELEMETRY_DISABLED ??= "1";
const { default: next } = await import("next");

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOST ?? "0.0.0.0";
const trusted = parseTrustedProxies(process.env.TRUSTED_PROXIES);

const app = next({ dev: false, dir: path.resolve("."), hostname, port });
await app.prepare();
const handle = app.getRequestHandler();

const server = createServer((req, res) => {
  stampClientAddress(req, trusted);
  if (guardRequest(req, res, { https: isHttps(req, trusted) })) return;
  handle(req, res).catch((error) => {
    console.error("request failed", error);
    if (!res.headersSent) res.statusCode = 500;
    res.end();
  });
});

let stopping = false;
for (const signal of /** @type {const} */ (["SIGINT", "SIGTERM"])) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    // Stop accepting and wait for open requests (idle keep-alive connections are closed by close()).
    server.close(async (error) => {
      if (error) console.error(error);
      await app.close().catch(console.error);
      process.exit(128 + (constants.signals[signal] ?? 0));
    });
  });
}

server.on("error", (error) => {
  console.error(`Could not listen on ${hostname}:${port}:`, error.message);
  process.exit(1);
});
server.listen(port, hostname);
