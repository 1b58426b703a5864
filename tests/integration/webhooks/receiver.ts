import { createHmac, timingSafeEqual } from "node:crypto";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export type Received = { headers: IncomingHttpHeaders; body: string; signatureValid: boolean; answered: number };

/**
 * A webhook receiver on 127.0.0.1, written the way docs/webhooks.md tells a
 * receiver to check a delivery: HMAC-SHA256 of "<timestamp>.<body>" with the
 * hook's secret, compared in constant time. It answers the statuses queued in
 * `answers` in turn (then `otherwise`).
 */
export async function startReceiver(opts: { answers?: number[]; otherwise?: number; replyBody?: string; location?: string } = {}) {
  const answers = [...(opts.answers ?? [])];
  const received: Received[] = [];
  let secret = "";
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      const timestamp = String(req.headers["x-triplecrown-timestamp"] ?? "");
      const expected = `v1=${createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")}`;
      const given = String(req.headers["x-triplecrown-signature"] ?? "");
      const signatureValid = given.length === expected.length && timingSafeEqual(Buffer.from(given), Buffer.from(expected));
      const status = answers.shift() ?? opts.otherwise ?? 200;
      received.push({ headers: req.headers, body, signatureValid, answered: status });
      if (opts.location) res.setHeader("location", opts.location);
      res.writeHead(status, { "content-type": "text/plain" });
      res.end(opts.replyBody ?? (status < 300 ? "thanks" : "not now"));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks/triple-crown`,
    received,
    /** The secret the app showed once at creation: the receiver checks signatures with it. */
    useSecret(value: string) {
      secret = value;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
