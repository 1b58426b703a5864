import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/** A stand-in issuer on 127.0.0.1 that answers its discovery document with whatever the test sets. */
export async function startDiscoveryServer() {
  let answer: { status: number; body: unknown } = { status: 404, body: {} };
  const server: Server = createServer((req, res) => {
    if (req.url !== "/.well-known/openid-configuration") {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(answer.status, { "content-type": "application/json" }).end(JSON.stringify(answer.body));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    issuer,
    /** A complete, valid document for this issuer, with some fields replaced. */
    answer(status: number, changes: Record<string, unknown> = {}) {
      answer = {
        status,
        body: {
          issuer,
          authorization_endpoint: `${issuer}/auth`,
          token_endpoint: `${issuer}/token`,
          jwks_uri: `${issuer}/jwks`,
          response_types_supported: ["code"],
          scopes_supported: ["openid", "email", "profile"],
          ...changes,
        },
      };
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
