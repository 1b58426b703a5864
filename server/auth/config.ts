import { randomUUID } from "node:crypto";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { getDb } from "@/db/client";
import { TooManyRequestsError } from "@/server/domain/errors";
import { revokeSession } from "@/server/domain/auth/sessions";
import { authenticate, type SignedInUser } from "@/server/domain/auth/users";
import { logAuthError } from "./auth-log";
import { clientIp } from "./client-ip";
import { getAuthSecret } from "./secret";
import { liveSessionUserId } from "./session-check";

const SESSION_MAX_AGE_S = 30 * 24 * 60 * 60;

class RateLimited extends CredentialsSignin {
  override code = "rate_limited";
  constructor(readonly detail: string) {
    super(detail);
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  secret: getAuthSecret(),
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_S },
  pages: { signIn: "/sign-in" },
  logger: {
    error: (error) => logAuthError(error),
  },
  providers: [
    Credentials({
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, request) {
        try {
          return await authenticate(await getDb(), { email: credentials.email, password: credentials.password }, clientIp(request.headers));
        } catch (error) {
          if (error instanceof TooManyRequestsError) throw new RateLimited(error.message);
          throw error;
        }
      },
    }),
  ],
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
});
