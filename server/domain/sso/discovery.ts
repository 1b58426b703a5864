/**
 * "Test the connection": read the provider's discovery document and say in
 * plain words what stops sign-in from working. It checks what Auth.js will
 * need (the issuer matching exactly, the three endpoints, the code flow);
 * the client secret can only be proved by a real sign-in.
 */
export type DiscoveryResult = { ok: true; message: string } | { ok: false; problem: string };

const TIMEOUT_MS = 5_000;

export function discoveryUrl(issuer: string): string {
  return `${issuer.replace(/\/+$/, "")}/.well-known/openid-configuration`;
}

/** Issuers compare as URLs ("https://a.example" and "https://a.example/" are one issuer), as the OIDC client does. */
function sameIssuer(a: string, b: string): boolean {
  try {
    return new URL(a).href === new URL(b).href;
  } catch {
    return false;
  }
}

function stringField(doc: Record<string, unknown>, key: string): string | null {
  const value = doc[key];
  return typeof value === "string" && value.length > 0 ? value : null;
}

export async function checkDiscovery(issuer: string, fetcher: typeof fetch = fetch): Promise<DiscoveryResult> {
  const url = discoveryUrl(issuer);
  let response: Response;
  try {
    response = await fetcher(url, { headers: { accept: "application/json" }, redirect: "error", signal: AbortSignal.timeout(TIMEOUT_MS) });
  } catch (error) {
    const reason = error instanceof Error && error.name === "TimeoutError" ? "it did not answer within 5 seconds" : "the connection failed";
    return { ok: false, problem: `Could not reach ${url}: ${reason}. Check the issuer URL and that the provider is running.` };
  }
  if (!response.ok) {
    await response.body?.cancel();
    return {
      ok: false,
      problem: `${url} answered ${response.status}${response.status === 404 ? " (not found)" : ""}: this is not an OpenID Connect issuer, or the URL is not the issuer's.`,
    };
  }
  let doc: unknown;
  try {
    doc = await response.json();
  } catch {
    return { ok: false, problem: `${url} did not answer with a discovery document (JSON).` };
  }
  if (typeof doc !== "object" || doc === null || Array.isArray(doc)) {
    return { ok: false, problem: `${url} did not answer with a discovery document (JSON).` };
  }
  const fields = doc as Record<string, unknown>;
  const named = stringField(fields, "issuer");
  if (!named) return { ok: false, problem: "The discovery document names no issuer." };
  if (!sameIssuer(named, issuer)) {
    return { ok: false, problem: `The provider calls itself ${named}, not ${issuer}. Enter the issuer exactly as the provider names it.` };
  }
  const missing = ["authorization_endpoint", "token_endpoint", "jwks_uri"].filter((key) => !stringField(fields, key));
  if (missing.length) return { ok: false, problem: `The discovery document lacks ${missing.join(", ")}: sign-in cannot work with it.` };
  const responseTypes = fields.response_types_supported;
  if (Array.isArray(responseTypes) && !responseTypes.includes("code")) {
    return { ok: false, problem: "The provider does not offer the authorization code flow (response type “code”), which sign-in uses." };
  }
  const scopes = fields.scopes_supported;
  if (Array.isArray(scopes) && !scopes.includes("email")) {
    return { ok: false, problem: "The provider does not offer the “email” scope: it would not tell us who is signing in." };
  }
  return { ok: true, message: `The provider at ${named} answered and offers what sign-in needs.` };
}
