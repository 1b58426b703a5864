import { and, eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Db } from "@/db/client";
import { insertedRow } from "@/db/database";
import { memberships, ssoIdentities, users, workspaceSso, type Role } from "@/db/schema";
import { seal } from "@/server/security/sealed";
import { completeSsoSignIn, findSsoWorkspace, passwordSignInRefused, passwordSignInRefusedForEmail } from "@/server/domain/sso";
import { createTestDb } from "../../helpers/db";
import { databaseDigest } from "../../helpers/digest";
import { makeUser, makeWorkspace } from "../../helpers/factories";

let db: Db;
beforeEach(async () => {
  vi.stubEnv("AUTH_SECRET", "sso-sign-in-test-secret-0123456789");
  db = await createTestDb();
});
afterEach(() => {
  vi.unstubAllEnvs();
});

/** A workspace with a provider, tested; on and password sign-in as asked. */
async function ssoWorkspace(opts: { domains?: string[]; defaultRole?: Role; enabled?: boolean; passwordOff?: boolean } = {}) {
  const { workspace, admin } = await makeWorkspace(db);
  await db.insert(workspaceSso).values({
    workspaceId: workspace.id,
    issuer: "https://login.acme.example",
    clientId: "crown",
    clientSecretSealed: seal("secret"),
    allowedDomains: opts.domains ?? ["acme.example"],
    defaultRole: opts.defaultRole ?? "editor",
    enabled: opts.enabled ?? true,
    passwordSignInDisabled: opts.passwordOff ?? false,
    testedAt: Date.now(),
  });
  return { workspace, admin };
}

const claims = (over: Record<string, unknown> = {}) => ({
  sub: "subject-1",
  email: "Ada@Acme.example",
  email_verified: true,
  name: "Ada Lovelace",
  ...over,
});

async function roleIn(workspaceId: string, userId: string) {
  return (
    await db
      .select({ role: memberships.role })
      .from(memberships)
      .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.userId, userId)))
  )[0]?.role;
}

describe("the return from the provider", () => {
  it("creates the account (no usable password) and makes it a member with the default role", async () => {
    const { workspace } = await ssoWorkspace({ defaultRole: "tracker" });
    const result = await completeSsoSignIn(db, workspace.id, claims());
    if ("refused" in result) throw new Error(`refused: ${result.refused}`);
    expect(result).toMatchObject({
      name: "Ada Lovelace",
      email: "ada@acme.example",
      sessionVersion: 1,
      workspaceSlug: workspace.slug,
      joined: true,
    });
    const user = (await db.select().from(users).where(eq(users.id, result.userId)))[0]!;
    expect(user.email).toBe("ada@acme.example");
    expect(user.passwordHash.startsWith("scrypt$")).toBe(true);
    expect(await roleIn(workspace.id, result.userId)).toBe("tracker");
    const identity = (await db.select().from(ssoIdentities).where(eq(ssoIdentities.userId, result.userId)))[0]!;
    expect(identity).toMatchObject({ workspaceId: workspace.id, subject: "subject-1" });
  });

  it("keeps an existing member's role, and signs the same subject in as the same account after its email changed", async () => {
    const { workspace } = await ssoWorkspace({ defaultRole: "viewer" });
    const ada = await makeUser(db, { email: "ada@acme.example", name: "Ada" });
    await db.insert(memberships).values({ workspaceId: workspace.id, userId: ada.id, role: "executive" });
    const first = await completeSsoSignIn(db, workspace.id, claims());
    expect(first).toMatchObject({ userId: ada.id, joined: false });
    expect(await roleIn(workspace.id, ada.id)).toBe("executive");
    const again = await completeSsoSignIn(db, workspace.id, claims({ email: "ada.lovelace@acme.example" }));
    expect(again).toMatchObject({ userId: ada.id, joined: false });
  });

  it("refuses a domain that is not allowed, an unverified email and a missing one, and changes nothing", async () => {
    const { workspace } = await ssoWorkspace({ domains: ["acme.example"] });
    const before = await databaseDigest(db);
    expect(await completeSsoSignIn(db, workspace.id, claims({ email: "eve@evil.example" }))).toEqual({ refused: "domain-not-allowed" });
    // A subdomain is a domain of its own: it must be listed to be let in.
    expect(await completeSsoSignIn(db, workspace.id, claims({ email: "bob@mail.acme.example" }))).toEqual({
      refused: "domain-not-allowed",
    });
    expect(await completeSsoSignIn(db, workspace.id, claims({ email_verified: false }))).toEqual({ refused: "email-unverified" });
    expect(await completeSsoSignIn(db, workspace.id, claims({ email_verified: undefined }))).toEqual({ refused: "email-unverified" });
    expect(await completeSsoSignIn(db, workspace.id, claims({ email: undefined }))).toEqual({ refused: "no-email" });
    expect(await databaseDigest(db)).toBe(before);
  });

  it("refuses when company sign-in is off", async () => {
    const { workspace } = await ssoWorkspace({ enabled: false });
    expect(await completeSsoSignIn(db, workspace.id, claims())).toEqual({ refused: "not-enabled" });
  });

  it("does not hand an existing account that is not a member to whoever runs the provider", async () => {
    const { workspace } = await ssoWorkspace();
    const victim = await makeUser(db, { email: "ada@acme.example" });
    const before = await databaseDigest(db);
    expect(await completeSsoSignIn(db, workspace.id, claims())).toEqual({ refused: "account-exists" });
    expect(await roleIn(workspace.id, victim.id)).toBeUndefined();
    expect(await databaseDigest(db)).toBe(before);
  });
});

describe("finding the workspace from what a person types", () => {
  it("by the email's domain, or by the workspace's address", async () => {
    const { workspace } = await ssoWorkspace({ domains: ["acme.example"] });
    expect(await findSsoWorkspace(db, "ada@ACME.example")).toEqual({ workspaceId: workspace.id, slug: workspace.slug });
    expect(await findSsoWorkspace(db, workspace.slug)).toEqual({ workspaceId: workspace.id, slug: workspace.slug });
    expect(await findSsoWorkspace(db, `https://crown.example.com/w/${workspace.slug}/roadmap`)).toEqual({
      workspaceId: workspace.id,
      slug: workspace.slug,
    });
    expect(await findSsoWorkspace(db, "bob@other.example")).toEqual({
      problem:
        "No workspace signs in people from other.example with a company account. Sign in with your password, or enter your workspace's address.",
    });
  });

  it("never by a workspace whose company sign-in is off", async () => {
    const { workspace } = await ssoWorkspace({ enabled: false });
    expect(await findSsoWorkspace(db, "ada@acme.example")).toMatchObject({ problem: expect.any(String) });
    expect(await findSsoWorkspace(db, workspace.slug)).toEqual({
      problem: "No workspace with company sign-in has that address. Check it, or enter your work email.",
    });
  });

  it("asks for the address when two workspaces allow the domain, unless the person is a member of one", async () => {
    await ssoWorkspace();
    const { workspace: second } = await ssoWorkspace();
    expect(await findSsoWorkspace(db, "ada@acme.example")).toEqual({
      problem:
        "Several workspaces use company sign-in for acme.example: enter your workspace's address instead (the part after /w/ in its links).",
    });
    const ada = await makeUser(db, { email: "ada@acme.example" });
    await db.insert(memberships).values({ workspaceId: second.id, userId: ada.id, role: "viewer" });
    expect(await findSsoWorkspace(db, "ada@acme.example")).toEqual({ workspaceId: second.id, slug: second.slug });
  });
});

describe("password sign-in turned off", () => {
  it("refuses a member whose only workspaces turned it off; one with another password workspace, or none, keeps it", async () => {
    const { workspace: ssoOnly } = await ssoWorkspace({ passwordOff: true });
    const { workspace: alsoOff } = await ssoWorkspace({ passwordOff: true });
    const { workspace: passwordsOn } = await ssoWorkspace({ passwordOff: false });
    const { workspace: plain } = await makeWorkspace(db);

    const onlyOff = await makeUser(db);
    await db.insert(memberships).values([
      { workspaceId: ssoOnly.id, userId: onlyOff.id, role: "editor" },
      { workspaceId: alsoOff.id, userId: onlyOff.id, role: "viewer" },
    ]);
    const withPlain = await makeUser(db);
    await db.insert(memberships).values([
      { workspaceId: ssoOnly.id, userId: withPlain.id, role: "editor" },
      { workspaceId: plain.id, userId: withPlain.id, role: "viewer" },
    ]);
    const withSsoPasswordsOn = await makeUser(db);
    await db.insert(memberships).values([
      { workspaceId: ssoOnly.id, userId: withSsoPasswordsOn.id, role: "editor" },
      { workspaceId: passwordsOn.id, userId: withSsoPasswordsOn.id, role: "viewer" },
    ]);
    const nowhere = await makeUser(db);

    expect(await passwordSignInRefused(db, onlyOff.id)).toBe(true);
    expect(await passwordSignInRefusedForEmail(db, onlyOff.email.toUpperCase())).toBe(true);
    expect(await passwordSignInRefused(db, withPlain.id)).toBe(false);
    expect(await passwordSignInRefused(db, withSsoPasswordsOn.id)).toBe(false);
    expect(await passwordSignInRefused(db, nowhere.id)).toBe(false);
    expect(await passwordSignInRefusedForEmail(db, "nobody@acme.example")).toBe(false);
  });

  it("takes passwords again once company sign-in is turned off (which turns password sign-in back on)", async () => {
    const { workspace, admin } = await ssoWorkspace({ passwordOff: true });
    expect(await passwordSignInRefused(db, admin.id)).toBe(true);
    const row = await insertedRow(
      db.update(workspaceSso).set({ enabled: false }).where(eq(workspaceSso.workspaceId, workspace.id)).returning(),
    );
    expect(row.enabled).toBe(false);
    expect(await passwordSignInRefused(db, admin.id)).toBe(false);
  });
});
