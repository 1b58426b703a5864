import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { getDb } from "@/db/client";
import { TooManyRequestsError } from "@/server/domain/errors";
import { authenticate } from "@/server/domain/auth/users";
import { logger } from "@/server/log";
import { clientIp } from "./client-ip";
import { getAuthSecret } from "./secret";

class RateLimited extends CredentialsSignin {
  override code = "rate_limited";
  constructor(readonly detail: string) {
    super(detail);
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  secret: getAuthSecret(),
  trustHost: true,
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: "/sign-in" },
  logger: {
    // A wrong password is an expected outcome, not a server error worth a stack trace.
    error(error) {
      if (error.name === "CredentialsSignin" || (error as { type?: string }).type === "CredentialsSignin") return;
      logger.error({ err: error }, "auth error");
    },
  },
  providers: [
    Credentials({
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, request) {
        try {
          return await authenticate(getDb(), { email: credentials.email, password: credentials.password }, clientIp(request.headers));
        } catch (error) {
          if (error instanceof TooManyRequestsError) throw new RateLimited(error.message);
          throw error;
        }
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) token.sub = user.id;
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
    },
  },
});
