import { randomUUID } from "node:crypto";
import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import type { NextRequest } from "next/server";
import { getDb } from "@/db/client";
import { appUrl } from "@/server/config/app-url";
import { TooManyRequestsError } from "@/server/domain/errors";
import { revokeSession } from "@/server/domain/auth/sessions";
import { authenticate, type SignedInUser } from "@/server/domain/auth/users";
import { passwordSignInRefused } from "@/server/domain/sso";
import { logger } from "@/server/log";
import { logAuthError } from "./auth-log";
import { clientIp } from "./client-ip";
import { getAuthSecret } from "./secret";
import { liveSessionUserId } from "./session-check";
import { ssoProviderFor, ssoWorkspaceIdOfPath } from "./sso/provider";
import { ssoWorkspaceInScope } from "./sso/scope";
import { ssoSignIn } from "./sso/sign-in-callback";

const SESSION_MAX_AGE_S = 30 * 24 * 60 * 60;

class RateLimited extends CredentialsSignin {
  override code = "rate_limited";
  constructor(readonly detail: string) {
    super(detail);
  }
}

/** A password sign-in for an account whose workspaces all turned passwords off (decision 052). */
class CompanySignInRequired extends CredentialsSignin {
  override code = "sso_required";
}

const passwordProvider = Credentials({
  credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
  async authorize(credentials, request) {
    let user: SignedInUser | null;
    try {
      user = await authenticate(await getDb(), { email: credentials.email, password: credentials.password }, clientIp(request.headers));
    } catch (error) {
      if (error instanceof TooManyRequestsError) throw new RateLimited(error.message);
      throw error;
    }
    if (user && (await passwordSignInRefused(await getDb(), user.id))) throw new CompanySignInRequired();
    return user;
  },
});

/**
 * Built per request: the password provider always, and the company provider
 * of the one workspace the request is about (named in the URL of Auth.js's
 * sign-in and callback routes, or by the server action that starts a company
 * sign-in), read from the database each time (decision 052).
 */
async function configFor(request: Request | undefined): Promise<NextAuthConfig> {
  const workspaceId = request ? ssoWorkspaceIdOfPath(new URL(request.url).pathname) : ssoWorkspaceInScope();
  const sso = workspaceId ? await ssoProviderFor(workspaceId) : null;
  return { ...baseConfig(), providers: sso ? [passwordProvider, sso] : [passwordProvider] };
}

let base: Omit<NextAuthConfig, "providers"> | null = null;
function baseConfig(): Omit<NextAuthConfig, "providers"> {
  base ??= {
    secret: getAuthSecret(),
    trustHost: true,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_S },
    pages: { signIn: "/sign-in", error: "/sso/refused" },
    logger: {
      error: (error) => {
        logAuthError(error);
        // A company sign-in that fails at the provider (a wrong client secret, a bad token) says why only in the
        // cause. Unreadable cookies and wrong passwords stay as quiet as auth-log.ts keeps them.
        const type = (error as { type?: string }).type ?? error.name;
        if (type === "JWTSessionError" || type === "CredentialsSignin") return;
        const cause = (error as { cause?: unknown }).cause;
        const inner = cause && typeof cause === "object" && "err" in cause ? cause.err : cause;
        if (inner instanceof Error) logger.error({ err: inner }, "auth error cause");
      },
    },
    events: {
      // "Sign out" ends this session only: its id is refused from now on, wherever the cookie is replayed.
      async signOut(message) {
        const token = "token" in message ? message.token : null;
        if (token?.sub && typeof token.sid === "string") {
          await revokeSession(await getDb(), { userId: token.sub, sessionId: token.sid, expiresAt: Date.now() + SESSION_MAX_AGE_S * 1000 });
        }
      },
    },
    callbacks: {
      signIn: ssoSignIn,
      /**
       * At sign-in the cookie gets the user's session version and a new session
       * id; on every later read (pages, server actions) both are checked
       * against the database, and a revoked session ends here (decision 025).
       */
      async jwt({ token, user }) {
        if (user?.id) {
          token.sub = user.id;
          token.sv = (user as SignedInUser).sessionVersion;
          token.sid = randomUUID();
          return token;
        }
        return (await liveSessionUserId(await getDb(), token)) ? token : null;
      },
      session({ session, token }) {
        if (token.sub) session.user.id = token.sub;
        return session;
      },
    },
  };
  return base;
}

const nextAuth = NextAuth(configFor);
export const { auth, signIn, signOut } = nextAuth;

/**
 * A company sign-in's routes are answered as if reached at APP_URL, the
 * origin the provider knows and the browser's cookies live on (its redirect
 * URI, where it lands). A plain Request: Next's own request type renames a
 * 127.0.0.1 host "localhost", which is another origin to a browser.
 */
async function atAppUrl(request: NextRequest): Promise<NextRequest> {
  if (!ssoWorkspaceIdOfPath(request.nextUrl.pathname)) return request;
  const origin = new URL(appUrl()).origin;
  const url = new URL(request.url);
  const target = `${origin}${url.pathname}${url.search}`;
  const body = request.method === "GET" || request.method === "HEAD" ? undefined : await request.arrayBuffer();
  return new Request(target, { method: request.method, headers: request.headers, body }) as NextRequest;
}

export const handlers = {
  GET: async (request: NextRequest) => nextAuth.handlers.GET(await atAppUrl(request)),
  POST: async (request: NextRequest) => nextAuth.handlers.POST(await atAppUrl(request)),
};
