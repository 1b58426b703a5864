import { randomBytes } from "node:crypto";
import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { insertedRow } from "@/db/database";
import { memberships, ssoIdentities, users, workspaces, workspaceSso } from "@/db/schema";
import { unseal } from "@/server/security/sealed";
import { hashPassword } from "../auth/password";
import { recordAudit } from "../shared/audit";
import type { Tx } from "../shared/context";
import { domainAllowed, domainOfEmail } from "./domains";
import type { SsoRefusal } from "./refusals";

/** What the sign-in page's company entry leads to: the workspace whose provider to use, or why there is none. */
export type SsoEntry = { workspaceId: string; slug: string } | { problem: string };

/** "https://app.example/w/acme/roadmap", "/w/acme" or "acme" → "acme". */
function slugOf(address: string): string {
  const path = address.replace(/^[a-z]+:\/\/[^/]+/i, "");
  const inPath = /(?:^|\/)w\/([^/?#]+)/.exec(path);
  return (inPath ? inPath[1]! : path.replace(/^\/+|\/+$/g, "")).toLowerCase();
}

/**
 * Finds the workspace for a work email (its domain among the enabled
 * providers' allowed domains) or a workspace address. A domain several
 * workspaces allow is settled by the person's own memberships, else they
 * are asked for the address: we never guess between two companies' providers.
 */
export async function findSsoWorkspace(db: Db, account: string): Promise<SsoEntry> {
  const text = account.trim();
  const enabled = db
    .select({ workspaceId: workspaceSso.workspaceId, slug: workspaces.slug, allowedDomains: workspaceSso.allowedDomains })
    .from(workspaceSso)
    .innerJoin(workspaces, eq(workspaces.id, workspaceSso.workspaceId));
  if (!text.includes("@")) {
    const slug = slugOf(text);
    const found = (await enabled.where(and(eq(workspaceSso.enabled, true), eq(workspaces.slug, slug))))[0];
    return found
      ? { workspaceId: found.workspaceId, slug: found.slug }
      : { problem: "No workspace with company sign-in has that address. Check it, or enter your work email." };
  }
  const domain = domainOfEmail(text);
  if (!domain) return { problem: "Enter your work email (name@company.com) or your workspace's address." };
  const candidates = (await enabled.where(eq(workspaceSso.enabled, true))).filter((row) => row.allowedDomains.includes(domain));
  if (candidates.length === 1) return { workspaceId: candidates[0]!.workspaceId, slug: candidates[0]!.slug };
  if (candidates.length === 0) {
    return {
      problem: `No workspace signs in people from ${domain} with a company account. Sign in with your password, or enter your workspace's address.`,
    };
  }
  const mine = await db
    .select({ workspaceId: memberships.workspaceId })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(users.email, text.toLowerCase()),
        inArray(
          memberships.workspaceId,
          candidates.map((c) => c.workspaceId),
        ),
      ),
    );
  if (mine.length === 1)
    return { workspaceId: mine[0]!.workspaceId, slug: candidates.find((c) => c.workspaceId === mine[0]!.workspaceId)!.slug };
  return {
    problem: `Several workspaces use company sign-in for ${domain}: enter your workspace's address instead (the part after /w/ in its links).`,
  };
}

/** The enabled provider of a workspace, secret unsealed, for Auth.js to build its provider from; null when off. */
export async function ssoProviderSettings(db: Db, workspaceId: string) {
  const row = (
    await db
      .select({
        issuer: workspaceSso.issuer,
        clientId: workspaceSso.clientId,
        sealed: workspaceSso.clientSecretSealed,
        name: workspaces.name,
      })
      .from(workspaceSso)
      .innerJoin(workspaces, eq(workspaces.id, workspaceSso.workspaceId))
      .where(and(eq(workspaceSso.workspaceId, workspaceId), eq(workspaceSso.enabled, true)))
  )[0];
  if (!row) return null;
  return { workspaceId, name: row.name, issuer: row.issuer, clientId: row.clientId, clientSecret: unseal(row.sealed) };
}

/** The claims of the ID token (or userinfo) we read. */
export type SsoClaims = { sub?: unknown; email?: unknown; email_verified?: unknown; name?: unknown };

export type SsoSignIn =
  { userId: string; name: string; email: string; sessionVersion: number; workspaceSlug: string; joined: boolean } | { refused: SsoRefusal };

const verified = (value: unknown) => value === true || value === "true";

function displayName(claims: SsoClaims, email: string): string {
  const name = typeof claims.name === "string" ? claims.name.trim().slice(0, 100) : "";
  return name || email.slice(0, email.indexOf("@")).slice(0, 100);
}

/** An account for a person who only ever signs in through a provider: its password is random and never shown. */
async function createSsoUser(tx: Tx, name: string, email: string) {
  const passwordHash = await hashPassword(randomBytes(32).toString("base64url"));
  await tx.insert(users).values({ name, email, passwordHash }).onConflictDoNothing();
  return (await tx.select().from(users).where(eq(users.email, email)))[0]!;
}

/**
 * The return from a workspace's provider. The email must be verified there
 * and its domain allowed here. The account is the one this subject signed in
 * as before, else a new one for the email. An existing account met for the
 * first time is taken only when it is already a member of this workspace:
 * otherwise whoever controls a provider could sign in as anyone whose email
 * they assert (decision 052). A newcomer joins with the default role; a
 * member keeps theirs.
 */
export async function completeSsoSignIn(db: Db, workspaceId: string, claims: SsoClaims, now = Date.now()): Promise<SsoSignIn> {
  const subject = typeof claims.sub === "string" && claims.sub ? claims.sub : null;
  const email = typeof claims.email === "string" ? claims.email.trim().toLowerCase() : "";
  return await db.transaction(async (tx): Promise<SsoSignIn> => {
    const sso = (
      await tx
        .select({ row: workspaceSso, slug: workspaces.slug })
        .from(workspaceSso)
        .innerJoin(workspaces, eq(workspaces.id, workspaceSso.workspaceId))
        .where(eq(workspaceSso.workspaceId, workspaceId))
    )[0];
    if (!sso || !sso.row.enabled) return { refused: "not-enabled" };
    if (!subject || !email || !domainOfEmail(email)) return { refused: "no-email" };
    if (!verified(claims.email_verified)) return { refused: "email-unverified" };
    if (!domainAllowed(email, sso.row.allowedDomains)) return { refused: "domain-not-allowed" };

    const linked = (
      await tx
        .select({ user: users })
        .from(ssoIdentities)
        .innerJoin(users, eq(users.id, ssoIdentities.userId))
        .where(and(eq(ssoIdentities.workspaceId, workspaceId), eq(ssoIdentities.subject, subject)))
    )[0]?.user;
    let user = linked ?? (await tx.select().from(users).where(eq(users.email, email)))[0];
    const memberRole = async (userId: string) =>
      (
        await tx
          .select({ role: memberships.role })
          .from(memberships)
          .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.userId, userId)))
      )[0]?.role ?? null;
    if (user && !linked && (await memberRole(user.id)) === null) return { refused: "account-exists" };
    user ??= await createSsoUser(tx, displayName(claims, email), email);

    if (linked) {
      await tx
        .update(ssoIdentities)
        .set({ lastSignInAt: now, updatedAt: now })
        .where(and(eq(ssoIdentities.workspaceId, workspaceId), eq(ssoIdentities.subject, subject)));
    } else {
      await tx
        .insert(ssoIdentities)
        .values({ workspaceId, subject, userId: user.id, lastSignInAt: now, createdAt: now, updatedAt: now })
        .onConflictDoNothing();
    }

    let joined = false;
    if ((await memberRole(user.id)) === null) {
      const membership = await insertedRow(
        tx
          .insert(memberships)
          .values({ workspaceId, userId: user.id, role: sso.row.defaultRole, createdAt: now, updatedAt: now })
          .returning(),
      );
      await recordAudit(
        tx,
        { workspaceId, userId: user.id },
        { entityType: "membership", entityId: membership.id, action: "create", after: membership },
      );
      joined = true;
    }
    return { userId: user.id, name: user.name, email: user.email, sessionVersion: user.sessionVersion, workspaceSlug: sso.slug, joined };
  });
}

/**
 * Whether this account may not sign in with a password: it belongs to a
 * workspace that turned password sign-in off and to no workspace that
 * still allows it. An account in no workspace keeps its password.
 */
export async function passwordSignInRefused(db: Db, userId: string): Promise<boolean> {
  const rows = await db
    .select({ enabled: workspaceSso.enabled, off: workspaceSso.passwordSignInDisabled })
    .from(memberships)
    .leftJoin(workspaceSso, eq(workspaceSso.workspaceId, memberships.workspaceId))
    .where(eq(memberships.userId, userId));
  const ssoOnly = (row: { enabled: boolean | null; off: boolean | null }) => row.enabled === true && row.off === true;
  return rows.length > 0 && rows.every(ssoOnly);
}

export async function passwordSignInRefusedForEmail(db: Db, email: string): Promise<boolean> {
  const user = (await db.select({ id: users.id }).from(users).where(eq(users.email, email.trim().toLowerCase())))[0];
  return user ? await passwordSignInRefused(db, user.id) : false;
}
