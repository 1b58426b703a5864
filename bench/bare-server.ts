/**
 * The machine's limit for bench/http.ts: a bare node:http server with
 * better-sqlite3 serving the same payloads as the app, nothing else.
 */
import { createServer } from "node:http";
import { comparisonPayload, openForReading } from "./comparison-payload";

const [file, port] = [process.argv[2], Number(process.argv[3])];
if (!file || !port) throw new Error("usage: bare-server <db-file> <port>");
const db = openForReading(file);
createServer((req, res) => {
  const url = new URL(req.url ?? "/", "http://127.0.0.1");
  if (url.pathname === "/health") return void res.end("ok");
  comparisonPayload(db, url.searchParams.get("what") ?? "", url.searchParams.get("workspaceId") ?? "").then(
    (payload) => {
      res.writeHead(payload === null ? 404 : 200, { "content-type": "application/json" });
      res.end(JSON.stringify(payload));
    },
    (error: unknown) => res.writeHead(500).end(String(error)),
  );
}).listen(port, "127.0.0.1");
