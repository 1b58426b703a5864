import type { Account, Profile, User } from "next-auth";
import { getDb } from "@/db/client";
import { completeSsoSignIn, workspaceIdOfProvider } from "@/server/domain/sso";

/**
 * Auth.js's signIn callback for a company sign-in: the domain rules and
 * just-in-time membership (server/domain/sso/sign-in.ts). On success the
 * provider's user becomes our account (its id and session version go into
 * the cookie exactly as for a password sign-in); a refusal sends the person
 * to a page that says why. Other providers pass through.
 */
export async function ssoSignIn({
  user,
  account,
  profile,
}: {
  user: User;
  account?: Account | null;
  profile?: Profile;
}): Promise<true | string> {
  const workspaceId = account ? workspaceIdOfProvider(account.provider) : null;
  if (!workspaceId) return true;
  const result = await completeSsoSignIn(await getDb(), workspaceId, profile ?? {});
  if ("refused" in result) return `/sso/refused?reason=${result.refused}`;
  Object.assign(user, { id: result.userId, name: result.name, email: result.email, sessionVersion: result.sessionVersion });
  return true;
}
