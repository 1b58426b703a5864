import { and, eq } from "drizzle-orm";
import { insertedRow } from "@/db/database";
import { ssoIdentities, users, workspaceSso } from "@/db/schema";
import { appUrl } from "@/server/config/app-url";
import { seal } from "@/server/security/sealed";
import { ConflictError, NotFoundError, ValidationError } from "../errors";
import { recordAudit } from "../shared/audit";
import type { DbOrTx, WorkspaceCtx } from "../shared/context";
import { writeTransaction } from "../shared/revision";
import { checkDiscovery, type DiscoveryResult } from "./discovery";
import { domainAllowed } from "./domains";
import { ssoCallbackPath } from "./provider-id";
import type { SaveSsoInput } from "./schemas";

type SsoRow = typeof workspaceSso.$inferSelect;

/** The row as the audit trail and the admin see it: the sealed secret stays in the database. */
function publicFields(row: SsoRow) {
  const { clientSecretSealed: _hidden, ...rest } = row;
  return rest;
}

async function ssoRow(db: DbOrTx, workspaceId: string): Promise<SsoRow | null> {
  return (await db.select().from(workspaceSso).where(eq(workspaceSso.workspaceId, workspaceId)))[0] ?? null;
}

/**
 * Why turning password sign-in off could lock this admin out, or null: they
 * have not yet signed in to this workspace with their company account.
 */
async function lockoutWarning(db: DbOrTx, ctx: WorkspaceCtx, row: SsoRow): Promise<string | null> {
  const linked = (
    await db
      .select({ id: ssoIdentities.id })
      .from(ssoIdentities)
      .where(and(eq(ssoIdentities.workspaceId, ctx.workspaceId), eq(ssoIdentities.userId, ctx.userId)))
  )[0];
  if (linked) return null;
  const me = (await db.select({ email: users.email }).from(users).where(eq(users.id, ctx.userId)))[0];
  const domainNote =
    me && !domainAllowed(me.email, row.allowedDomains) ? ` Your email (${me.email}) is not in the allowed domains, so it cannot.` : "";
  return (
    "You have not signed in to this workspace with your company account yet: if that does not work for you, turning password " +
    `sign-in off locks you out of this workspace.${domainNote} Sign in once with your company account first, or confirm that you accept the risk.`
  );
}

/** What the sign-in settings page shows: never the secret, always the redirect URL to register. */
/** One change to the settings in the caller's transaction: a new version, who and when, audited before and after. */
async function changeSso(
  tx: DbOrTx,
  ctx: WorkspaceCtx,
  before: SsoRow,
  values: Partial<typeof workspaceSso.$inferInsert>,
  action: string,
  now = Date.now(),
): Promise<SsoRow> {
  const after = await insertedRow(
    tx
      .update(workspaceSso)
      .set({ ...values, version: before.version + 1, updatedAt: now, updatedBy: ctx.userId })
      .where(eq(workspaceSso.id, before.id))
      .returning(),
  );
  await recordAudit(tx, ctx, {
    entityType: "workspace_sso",
    entityId: before.id,
    action,
    before: publicFields(before),
    after: publicFields(after),
  });
  return after;
}

export async function getSsoSettings(ctx: WorkspaceCtx) {
  const redirectUrl = appUrl(ssoCallbackPath(ctx.workspaceId));
  const row = await ssoRow(ctx.db, ctx.workspaceId);
  if (!row) return { configured: false as const, redirectUrl };
  return {
    configured: true as const,
    redirectUrl,
    ...publicFields(row),
    hasSecret: row.clientSecretSealed.length > 0,
    lockoutWarning: row.passwordSignInDisabled ? null : await lockoutWarning(ctx.db, ctx, row),
  };
}

/**
 * Creates or changes the workspace's provider. A new issuer or client ID
 * has not been tested: company sign-in goes off (and password sign-in back
 * on) until "test the connection" passes and an admin turns it on again.
 */
export async function saveSsoSettings(ctx: WorkspaceCtx, input: SaveSsoInput) {
  const now = Date.now();
  return await writeTransaction(ctx, async (tx) => {
    const before = await ssoRow(tx, ctx.workspaceId);
    if (!before) {
      if (!input.clientSecret)
        throw new ValidationError("Enter the client secret", { clientSecret: ["Enter the client secret your provider gave you"] });
      const row = await insertedRow(
        tx
          .insert(workspaceSso)
          .values({
            workspaceId: ctx.workspaceId,
            issuer: input.issuer,
            clientId: input.clientId,
            clientSecretSealed: seal(input.clientSecret),
            allowedDomains: input.allowedDomains,
            defaultRole: input.defaultRole,
            updatedBy: ctx.userId,
            createdAt: now,
            updatedAt: now,
          })
          .returning(),
      );
      await recordAudit(tx, ctx, { entityType: "workspace_sso", entityId: row.id, action: "create", after: publicFields(row) });
      return publicFields(row);
    }
    if (input.version !== undefined && input.version !== before.version) {
      throw new ConflictError("Someone else changed the sign-in settings since you opened them. Reload to see their changes.");
    }
    const providerChanged = input.issuer !== before.issuer || input.clientId !== before.clientId || input.clientSecret !== "";
    const after = await changeSso(
      tx,
      ctx,
      before,
      {
        issuer: input.issuer,
        clientId: input.clientId,
        ...(input.clientSecret ? { clientSecretSealed: seal(input.clientSecret) } : {}),
        allowedDomains: input.allowedDomains,
        defaultRole: input.defaultRole,
        ...(providerChanged ? { testedAt: null, enabled: false, passwordSignInDisabled: false } : {}),
      },
      "update",
      now,
    );
    return publicFields(after);
  });
}

async function requireRow(db: DbOrTx, workspaceId: string): Promise<SsoRow> {
  const row = await ssoRow(db, workspaceId);
  if (!row) throw new NotFoundError("Sign-in settings");
  return row;
}

/** Reads the saved issuer's discovery document; a pass is remembered (turning sign-in on needs one). */
export async function testSsoConnection(ctx: WorkspaceCtx, fetcher: typeof fetch = fetch): Promise<DiscoveryResult> {
  const row = await requireRow(ctx.db, ctx.workspaceId);
  const result = await checkDiscovery(row.issuer, fetcher);
  await writeTransaction(ctx, async (tx) => {
    const current = await requireRow(tx, ctx.workspaceId);
    // The issuer changed while we were asking: this answer is about the old one.
    if (current.issuer !== row.issuer) return;
    const testedAt = result.ok ? Date.now() : null;
    await changeSso(tx, ctx, current, { testedAt }, result.ok ? "test_passed" : "test_failed");
  });
  return result;
}

/** Turning it on needs a passed test; turning it off turns password sign-in back on, or nobody could sign in. */
export async function setSsoEnabled(ctx: WorkspaceCtx, input: { enabled: boolean }) {
  return await writeTransaction(ctx, async (tx) => {
    const before = await requireRow(tx, ctx.workspaceId);
    if (input.enabled && before.testedAt === null) {
      throw new ConflictError("Test the connection first: company sign-in can be turned on once the test passes.");
    }
    const after = await changeSso(
      tx,
      ctx,
      before,
      { enabled: input.enabled, ...(input.enabled ? {} : { passwordSignInDisabled: false }) },
      input.enabled ? "enable" : "disable",
    );
    return publicFields(after);
  });
}

/**
 * Password sign-in off needs company sign-in on and tested; an admin who has
 * not signed in with it yet must confirm the risk of locking themselves out.
 */
export async function setPasswordSignIn(ctx: WorkspaceCtx, input: { disabled: boolean; acceptLockout: boolean }) {
  return await writeTransaction(ctx, async (tx) => {
    const before = await requireRow(tx, ctx.workspaceId);
    if (input.disabled) {
      if (!before.enabled || before.testedAt === null) {
        throw new ConflictError("Turn company sign-in on (after a passed connection test) before turning password sign-in off.");
      }
      const warning = await lockoutWarning(tx, ctx, before);
      if (warning && !input.acceptLockout) throw new ConflictError(warning);
    }
    const after = await changeSso(
      tx,
      ctx,
      before,
      { passwordSignInDisabled: input.disabled },
      input.disabled ? "password_sign_in_off" : "password_sign_in_on",
    );
    return publicFields(after);
  });
}
