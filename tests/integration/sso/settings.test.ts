import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Db } from "@/db/client";
import { auditLog, workspaceSso } from "@/db/schema";
import { unseal } from "@/server/security/sealed";
import { createTestDb } from "../../helpers/db";
import { failure, fieldErrors } from "../../helpers/customer-factories";
import { databaseDigest } from "../../helpers/digest";
import { makeTeam } from "../../helpers/factories";
import { errorCode } from "../../helpers/procedures";
import { startDiscoveryServer } from "./discovery-server";

let db: Db;
let team: Awaited<ReturnType<typeof makeTeam>>;
let idp: Awaited<ReturnType<typeof startDiscoveryServer>>;

beforeAll(async () => {
  idp = await startDiscoveryServer();
});
afterAll(async () => {
  await idp.close();
});
beforeEach(async () => {
  vi.stubEnv("AUTH_SECRET", "sso-settings-test-secret-0123456789");
  vi.stubEnv("APP_URL", "https://crown.example.com/");
  db = await createTestDb();
  team = await makeTeam(db);
});
afterEach(() => {
  vi.unstubAllEnvs();
});

const provider = () => ({
  workspaceId: team.workspaceId,
  issuer: idp.issuer,
  clientId: "triple-crown",
  clientSecret: "very-secret-value",
  allowedDomains: ["Example.com", "@example.co.uk"],
  defaultRole: "editor" as const,
});

describe("the sign-in settings", () => {
  it("show the absolute redirect URL to register, from APP_URL, before anything is saved", async () => {
    const settings = await team.as.admin.sso.get({ workspaceId: team.workspaceId });
    expect(settings).toEqual({
      configured: false,
      redirectUrl: `https://crown.example.com/api/auth/callback/sso-${team.workspaceId}`,
    });
  });

  it("store the client secret sealed: not in the row, the answer or the audit trail", async () => {
    await team.as.admin.sso.save(provider());
    const row = (await db.select().from(workspaceSso).where(eq(workspaceSso.workspaceId, team.workspaceId)))[0]!;
    expect(row.clientSecretSealed).not.toContain("very-secret-value");
    expect(unseal(row.clientSecretSealed)).toBe("very-secret-value");
    expect(row.allowedDomains).toEqual(["example.com", "example.co.uk"]);
    const settings = await team.as.admin.sso.get({ workspaceId: team.workspaceId });
    expect(JSON.stringify(settings)).not.toContain("very-secret-value");
    expect(JSON.stringify(settings)).not.toContain(row.clientSecretSealed);
    expect(settings).toMatchObject({ configured: true, hasSecret: true, enabled: false, passwordSignInDisabled: false, testedAt: null });
    const audit = await db.select().from(auditLog).where(eq(auditLog.entityType, "workspace_sso"));
    expect(audit.map((a) => a.action)).toEqual(["create"]);
    expect(JSON.stringify(audit)).not.toContain("very-secret-value");
    expect(JSON.stringify(audit)).not.toContain(row.clientSecretSealed);
  });

  it("refuse bad input field by field, in words, and change nothing", async () => {
    const before = await databaseDigest(db);
    const error = await failure(
      team.as.admin.sso.save({
        ...provider(),
        issuer: "ftp://login.example.com",
        clientId: " ",
        allowedDomains: ["not a domain", "example"],
      }),
    );
    expect(error.code).toBe("BAD_REQUEST");
    expect(fieldErrors(error)).toEqual({
      issuer: ["The issuer must start with https:// (plain http:// only for a provider on this machine)"],
      clientId: ["Enter the client ID your provider gave you"],
      allowedDomains: ["Not an email domain: not a domain, example (write it as example.com)"],
    });
    const noDomains = await failure(team.as.admin.sso.save({ ...provider(), allowedDomains: [] }));
    expect(fieldErrors(noDomains).allowedDomains).toEqual(["List at least one email domain, such as example.com"]);
    const noSecret = await failure(team.as.admin.sso.save({ ...provider(), clientSecret: "" }));
    expect(fieldErrors(noSecret).clientSecret).toEqual(["Enter the client secret your provider gave you"]);
    expect(await databaseDigest(db)).toBe(before);
  });

  it("are for admins only, and each workspace sees only its own", async () => {
    for (const role of ["executive", "editor", "tracker", "viewer"] as const) {
      expect(await errorCode(team.as[role].sso.get({ workspaceId: team.workspaceId }))).toBe("FORBIDDEN");
      expect(await errorCode(team.as[role].sso.save(provider()))).toBe("FORBIDDEN");
    }
    const other = await makeTeam(db);
    expect(await errorCode(other.as.admin.sso.save(provider()))).toBe("NOT_FOUND");
    expect(await errorCode(other.as.admin.sso.get({ workspaceId: team.workspaceId }))).toBe("NOT_FOUND");
  });
});

describe("testing the connection", () => {
  beforeEach(async () => {
    await team.as.admin.sso.save(provider());
  });
  const test = () => team.as.admin.sso.test({ workspaceId: team.workspaceId });

  it("passes on a good discovery document and remembers it", async () => {
    idp.answer(200);
    expect(await test()).toEqual({ ok: true, message: `The provider at ${idp.issuer} answered and offers what sign-in needs.` });
    expect(await team.as.admin.sso.get({ workspaceId: team.workspaceId })).toMatchObject({ testedAt: expect.any(Number) });
  });

  it("says plainly what is wrong", async () => {
    idp.answer(404);
    expect(await test()).toEqual({
      ok: false,
      problem: `${idp.issuer}/.well-known/openid-configuration answered 404 (not found): this is not an OpenID Connect issuer, or the URL is not the issuer's.`,
    });
    idp.answer(200, { issuer: "https://someone-else.example" });
    expect(await test()).toEqual({
      ok: false,
      problem: `The provider calls itself https://someone-else.example, not ${idp.issuer}. Enter the issuer exactly as the provider names it.`,
    });
    idp.answer(200, { token_endpoint: undefined, jwks_uri: "" });
    expect(await test()).toEqual({
      ok: false,
      problem: "The discovery document lacks token_endpoint, jwks_uri: sign-in cannot work with it.",
    });
    idp.answer(200, { scopes_supported: ["openid"] });
    expect(await test()).toEqual({
      ok: false,
      problem: "The provider does not offer the “email” scope: it would not tell us who is signing in.",
    });
    expect(await team.as.admin.sso.get({ workspaceId: team.workspaceId })).toMatchObject({ testedAt: null });
  });

  it("says when the issuer cannot be reached", async () => {
    await team.as.admin.sso.save({ ...provider(), issuer: "http://127.0.0.1:1", clientSecret: "" });
    expect(await test()).toEqual({
      ok: false,
      problem:
        "Could not reach http://127.0.0.1:1/.well-known/openid-configuration: the connection failed. Check the issuer URL and that the provider is running.",
    });
  });
});

describe("turning company sign-in and password sign-in on and off", () => {
  const ws = () => ({ workspaceId: team.workspaceId });
  beforeEach(async () => {
    await team.as.admin.sso.save(provider());
  });

  it("refuses to turn company sign-in on before a passed test", async () => {
    const error = await failure(team.as.admin.sso.setEnabled({ ...ws(), enabled: true }));
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toBe("Test the connection first: company sign-in can be turned on once the test passes.");
  });

  it("refuses to turn password sign-in off unless company sign-in is on and tested", async () => {
    const error = await failure(team.as.admin.sso.setPasswordSignIn({ ...ws(), disabled: true, acceptLockout: true }));
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toBe("Turn company sign-in on (after a passed connection test) before turning password sign-in off.");
  });

  it("warns an admin who has never signed in with the company account, and goes on only when they accept", async () => {
    idp.answer(200);
    await team.as.admin.sso.test(ws());
    await team.as.admin.sso.setEnabled({ ...ws(), enabled: true });
    const settings = await team.as.admin.sso.get(ws());
    const adminEmail = team.members.admin.email;
    const warning =
      "You have not signed in to this workspace with your company account yet: if that does not work for you, turning password " +
      `sign-in off locks you out of this workspace. Your email (${adminEmail}) is not in the allowed domains, so it cannot. ` +
      "Sign in once with your company account first, or confirm that you accept the risk.";
    expect(settings).toMatchObject({ enabled: true, lockoutWarning: warning });
    const refused = await failure(team.as.admin.sso.setPasswordSignIn({ ...ws(), disabled: true }));
    expect(refused.message).toBe(warning);
    await team.as.admin.sso.setPasswordSignIn({ ...ws(), disabled: true, acceptLockout: true });
    expect(await team.as.admin.sso.get(ws())).toMatchObject({ passwordSignInDisabled: true });
  });

  it("turns everything back off when the issuer changes: the new one is untested", async () => {
    idp.answer(200);
    await team.as.admin.sso.test(ws());
    await team.as.admin.sso.setEnabled({ ...ws(), enabled: true });
    await team.as.admin.sso.setPasswordSignIn({ ...ws(), disabled: true, acceptLockout: true });
    const current = await team.as.admin.sso.get(ws());
    if (!current.configured) throw new Error("expected saved settings");
    await team.as.admin.sso.save({ ...provider(), issuer: "https://login.example.com", clientSecret: "", version: current.version });
    expect(await team.as.admin.sso.get(ws())).toMatchObject({ enabled: false, passwordSignInDisabled: false, testedAt: null });
  });

  it("refuses a save from a stale version", async () => {
    await team.as.admin.sso.save({ ...provider(), clientSecret: "", version: 1 });
    const error = await failure(team.as.admin.sso.save({ ...provider(), clientSecret: "", version: 1 }));
    expect(error.code).toBe("CONFLICT");
  });
});
