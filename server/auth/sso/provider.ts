import type { OIDCConfig } from "next-auth/providers";
import { getDb } from "@/db/client";
import { appUrl } from "@/server/config/app-url";
import { ssoProviderId, ssoProviderSettings, workspaceIdOfProvider } from "@/server/domain/sso";

/** The ID token's claims we read (the OIDC standard names). */
export type SsoProfile = { sub: string; email?: string; email_verified?: boolean | string; name?: string };

/** "/api/auth/callback/sso-abc" → "abc": only the sign-in and callback routes of one of our providers. */
export function ssoWorkspaceIdOfPath(pathname: string): string | null {
  const match = /\/api\/auth\/(?:signin|callback)\/([^/?#]+)$/.exec(pathname);
  return match ? workspaceIdOfProvider(decodeURIComponent(match[1]!)) : null;
}

/**
 * The Auth.js provider of one workspace, built from the database for the
 * request that needs it (nothing kept in memory between requests). State,
 * PKCE and nonce are all checked; they travel in cookies sealed with
 * AUTH_SECRET, so any app instance can finish a sign-in another began.
 */
export async function ssoProviderFor(workspaceId: string): Promise<OIDCConfig<SsoProfile> | null> {
  const settings = await ssoProviderSettings(await getDb(), workspaceId);
  if (!settings) return null;
  return {
    id: ssoProviderId(workspaceId),
    name: settings.name,
    type: "oidc",
    issuer: settings.issuer,
    clientId: settings.clientId,
    clientSecret: settings.clientSecret,
    checks: ["pkce", "state", "nonce"],
    // The redirect URI is always the one the admin registered (APP_URL's), whatever host name this request
    // reached Next under (Next names 127.0.0.1 "localhost"): Auth.js sends this one to the token endpoint.
    redirectProxyUrl: appUrl("/api/auth"),
    authorization: { params: { scope: "openid email profile" } },
    profile: (claims) => ({ id: claims.sub, email: claims.email ?? null, name: claims.name ?? null }),
  };
}
