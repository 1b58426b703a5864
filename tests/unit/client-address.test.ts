import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { clientIp, CLIENT_IP_HEADER } from "@/server/auth/client-ip";
import { CLIENT_ADDRESS_HEADER, clientAddress, parseTrustedProxies, stampClientAddress } from "@/server/cli/client-address.mjs";

/** A request as node:http hands it to the custom server, with a fake socket. */
function fakeRequest(remoteAddress: string | undefined, headers: [string, string][]): IncomingMessage {
  const lower: Record<string, string> = {};
  for (const [k, v] of headers) lower[k.toLowerCase()] = v;
  return { socket: { remoteAddress }, headers: lower, rawHeaders: headers.flat() } as unknown as IncomingMessage;
}

describe("the client address the app sees", () => {
  it("ignores X-Forwarded-For and X-Real-IP sent by the client: only the server's private header counts", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "203.0.113.9", "x-real-ip": "203.0.113.10" }))).toBe("unknown");
    expect(clientIp(new Headers({ [CLIENT_IP_HEADER]: "198.51.100.4", "x-forwarded-for": "203.0.113.9" }))).toBe("198.51.100.4");
  });

  it("names the same header on both sides", () => {
    expect(CLIENT_IP_HEADER).toBe(CLIENT_ADDRESS_HEADER);
  });
});

describe("the custom server's address rule", () => {
  const none = parseTrustedProxies(undefined);
  const proxies = parseTrustedProxies("10.0.0.0/8, 192.168.1.7 ,::1");

  it("is the socket's address when the peer is not a trusted proxy, whatever it forwards", () => {
    expect(clientAddress("203.0.113.5", "1.2.3.4", none)).toBe("203.0.113.5");
    expect(clientAddress("203.0.113.5", "1.2.3.4", proxies)).toBe("203.0.113.5");
    expect(clientAddress("::ffff:203.0.113.5", undefined, none)).toBe("203.0.113.5");
    expect(clientAddress(undefined, "1.2.3.4", none)).toBe("unknown");
  });

  it("takes the right-most hop that is not a trusted proxy when the peer is one", () => {
    // The client forged "6.6.6.6"; the outer proxy 192.168.1.7 saw 198.51.100.2; the inner 10.1.2.3 saw the outer one.
    expect(clientAddress("10.1.2.3", "6.6.6.6, 198.51.100.2, 192.168.1.7", proxies)).toBe("198.51.100.2");
    expect(clientAddress("::ffff:10.1.2.3", ["6.6.6.6", "198.51.100.2"], proxies)).toBe("198.51.100.2");
    expect(clientAddress("::1", "2001:db8::7", proxies)).toBe("2001:db8::7");
    // A trusted proxy that forwards nothing is itself the client (a health check from the proxy, say).
    expect(clientAddress("10.1.2.3", undefined, proxies)).toBe("10.1.2.3");
    // Garbage where the proxy's entry should be: stop at the last address we can vouch for.
    expect(clientAddress("10.1.2.3", "198.51.100.2, not-an-ip", proxies)).toBe("10.1.2.3");
  });

  it("refuses a TRUSTED_PROXIES entry that is not an address or range", () => {
    expect(() => parseTrustedProxies("10.0.0.0/33")).toThrow(/TRUSTED_PROXIES: "10.0.0.0\/33"/);
    expect(() => parseTrustedProxies("proxy.internal")).toThrow(/not an IP address/);
  });

  it("replaces any copy of the private header the client sent", () => {
    const req = fakeRequest("203.0.113.5", [
      ["X-Triple-Crown-Client", "1.1.1.1"],
      ["X-Forwarded-For", "1.1.1.1"],
      ["Accept", "*/*"],
    ]);
    expect(stampClientAddress(req, none)).toBe("203.0.113.5");
    expect(req.headers[CLIENT_ADDRESS_HEADER]).toBe("203.0.113.5");
    expect(req.rawHeaders).toEqual(["X-Forwarded-For", "1.1.1.1", "Accept", "*/*", CLIENT_ADDRESS_HEADER, "203.0.113.5"]);
  });
});
