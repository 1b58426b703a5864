import { createServer, type Server } from "node:http";
// @ts-expect-error oidc-provider ships no type declarations; the little used here is typed below.
import ProviderModule from "oidc-provider";
import { freePort } from "./free-port";

type OidcProviderInstance = { callback(): (req: unknown, res: unknown) => void; proxy: boolean };
const Provider = ProviderModule as new (issuer: string, configuration: Record<string, unknown>) => OidcProviderInstance;

export type LocalOidcProvider = { issuer: string; clientId: string; clientSecret: string; close(): Promise<void> };

/**
 * A real OpenID provider on 127.0.0.1 (the `oidc-provider` package) with one
 * confidential client for the app's redirect URL. Its development sign-in
 * page takes any login: the login typed becomes the subject and the email,
 * verified, so a test signs in "as" any address by typing it.
 */
export async function startOidcProvider(opts: { redirectUri: string }): Promise<LocalOidcProvider> {
  const port = await freePort();
  const issuer = `http://127.0.0.1:${port}`;
  const clientId = "triple-crown-e2e";
  const clientSecret = "e2e-client-secret-0123456789abcdef";
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [opts.redirectUri],
        grant_types: ["authorization_code"],
        response_types: ["code"],
        token_endpoint_auth_method: "client_secret_basic",
      },
    ],
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    // The ID token carries the email and name (the app reads the ID token's claims).
    conformIdTokenClaims: false,
    findAccount: (_ctx: unknown, id: string) => ({
      accountId: id,
      claims: () => ({ sub: id, email: id, email_verified: true, name: `Person ${id.split("@")[0]}` }),
    }),
    features: { devInteractions: { enabled: true } },
    cookies: { keys: ["e2e-oidc-cookie-key-0123456789"] },
  });
  const server: Server = createServer(provider.callback());
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return {
    issuer,
    clientId,
    clientSecret,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
