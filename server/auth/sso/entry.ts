import { getDb } from "@/db/client";
import { findSsoWorkspace, passwordSignInRefusedForEmail, type SsoEntry } from "@/server/domain/sso";

/**
 * The database side of the sign-in page's company entry and password form
 * (app/ never opens the database itself).
 */
export async function companySignInTarget(account: string): Promise<SsoEntry> {
  return await findSsoWorkspace(await getDb(), account);
}

/** The account's workspaces all sign in with their company account: a password is not taken. */
export async function mustUseCompanySignIn(email: string): Promise<boolean> {
  return await passwordSignInRefusedForEmail(await getDb(), email);
}
