import { eq } from "drizzle-orm";
import { encode } from "next-auth/jwt";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { accountTokens, mailOutbox, users } from "@/db/schema";
import { hashPassword } from "@/server/domain/auth/password";
import { RESET_ANSWER, RESET_LINK_DEAD, requestPasswordReset, resetPassword } from "@/server/domain/auth/password-reset";
import { authenticate } from "@/server/domain/auth/users";
import { drainOutbox } from "@/server/outbox/drain";
import { smtpTransport } from "@/server/outbox/transport";
import { serveTrpc } from "@/server/trpc/http";
import { createTestDb } from "../../helpers/db";
import { callerFor, makeUser, makeWorkspace } from "../../helpers/factories";
import { SmtpCatcher } from "./smtp-catcher";

const SECRET = "test-secret-0123456789abcdef0123456789";
const APP = "https://crown.example.test";
const T0 = Date.UTC(2026, 7, 15, 9, 0, 0);
const HOUR = 3_600_000;

const smtp = new SmtpCatcher();
let db: Db;

beforeAll(async () => {
  process.env.AUTH_SECRET = SECRET;
  process.env.APP_URL = `${APP}/`;
  await smtp.start();
});
afterAll(async () => {
  delete process.env.APP_URL;
  await smtp.stop();
});
beforeEach(async () => {
  db = await createTestDb();
  smtp.mails.length = 0;
});
afterEach(() => {
  smtp.mails.length = 0;
});

async function deliver(now = Date.now()) {
  return await drainOutbox(db, now, smtpTransport(smtp.url));
}

/** The one link of a path in a mail's decoded body (text and HTML carry the same). */
function linkIn(body: string, path: string): string {
  const match = body.match(new RegExp(`${APP.replaceAll(".", "\\.")}${path}[A-Za-z0-9_\\-%?=/]+`));
  expect(match, `no ${path} link in the mail`).not.toBeNull();
  return match![0];
}

async function cookieFor(claims: Record<string, unknown>): Promise<string> {
  return `authjs.session-token=${await encode({ token: claims, secret: SECRET, salt: "authjs.session-token", maxAge: 3600 })}`;
}

async function meStatus(cookie: string): Promise<number> {
  return (await serveTrpc(db, new Request("http://localhost/api/trpc/auth.me", { headers: { cookie } }))).status;
}

describe("the invitation mail", () => {
  it("reaches the invitee through SMTP with the bound link, which opens the invitation", async () => {
    const { workspace, admin } = await makeWorkspace(db, { name: "Northwind" });
    await db.update(users).set({ name: "Grace Admin" }).where(eq(users.id, admin.id));
    const inv = await callerFor(db, admin.id).invitation.create({
      workspaceId: workspace.id,
      email: "New.Person@Example.com",
      role: "editor",
    });
    expect(smtp.mails).toHaveLength(0); // never sent while the request waits
    expect(await deliver()).toMatchObject({ sent: 1 });
    const [mail] = smtp.to("new.person@example.com");
    expect(mail).toBeDefined();
    expect(mail!.body).toContain("Subject: Grace Admin invited you to Northwind on Triple Crown");
    const link = linkIn(mail!.body, "/invite/");
    expect(link).toBe(`${APP}/invite/${inv.token}`);
    expect(mail!.body).toContain(`href="${APP}/invite/${inv.token}"`);
    const token = link.slice(`${APP}/invite/`.length);
    expect(await callerFor(db, null).invitation.describe({ token })).toMatchObject({ workspaceName: "Northwind", role: "editor" });
  });

  it("is not written when the invitation is refused", async () => {
    const { workspace, admin, members } = await makeWorkspace(db, { members: ["editor"] });
    await expect(
      callerFor(db, admin.id).invitation.create({ workspaceId: workspace.id, email: members.editor!.email, role: "viewer" }),
    ).rejects.toThrow(/already a member/);
    expect(await db.select().from(mailOutbox)).toEqual([]);
  });
});

describe("password reset by mail", () => {
  let userId: string;
  beforeEach(async () => {
    userId = (await makeUser(db, { email: "ada@example.com", name: "Ada", passwordHash: await hashPassword("correct horse battery") })).id;
  });

  it("mails a single-use link; following it sets the new password, and sessions from before are refused", async () => {
    const oldSession = await cookieFor({ sub: userId, sv: 1, sid: "before-reset" });
    expect(await meStatus(oldSession)).toBe(200);

    expect(await callerFor(db, null).auth.requestPasswordReset({ email: " ADA@example.com " })).toEqual(RESET_ANSWER);
    expect(await deliver()).toMatchObject({ sent: 1 });
    const [mail] = smtp.to("ada@example.com");
    expect(mail!.body).toContain("Subject: Reset your Triple Crown password");
    const link = new URL(linkIn(mail!.body, "/reset-password"));
    expect(link.origin + link.pathname).toBe(`${APP}/reset-password`);
    const token = link.searchParams.get("token")!;
    expect(await db.select({ hash: accountTokens.tokenHash }).from(accountTokens)).not.toContainEqual({ hash: token });

    const anonymous = callerFor(db, null);
    expect(await anonymous.auth.resetLinkIsLive({ token })).toEqual({ live: true });
    expect(await anonymous.auth.resetPassword({ token, password: "a brand new passphrase" })).toEqual({ email: "ada@example.com" });

    expect(await authenticate(db, { email: "ada@example.com", password: "a brand new passphrase" }, "192.0.2.10")).toMatchObject({
      id: userId,
      sessionVersion: 2,
    });
    expect(await authenticate(db, { email: "ada@example.com", password: "correct horse battery" }, "192.0.2.10")).toBeNull();
    expect(await meStatus(oldSession)).toBe(401);
    expect(await meStatus(await cookieFor({ sub: userId, sv: 2, sid: "after-reset" }))).toBe(200);

    // Single use: the same link again changes nothing.
    await expect(anonymous.auth.resetPassword({ token, password: "yet another passphrase" })).rejects.toThrow(RESET_LINK_DEAD);
    expect(await anonymous.auth.resetLinkIsLive({ token })).toEqual({ live: false });
  });

  it("gives the same answer for an email without an account, and mails nothing", async () => {
    expect(await callerFor(db, null).auth.requestPasswordReset({ email: "nobody@example.com" })).toEqual(RESET_ANSWER);
    expect(await deliver()).toMatchObject({ sent: 0 });
    expect(await db.select().from(accountTokens)).toEqual([]);
  });

  it("refuses a link older than one hour", async () => {
    await requestPasswordReset(db, { email: "ada@example.com" }, "192.0.2.1", T0);
    await deliver(T0);
    const token = new URL(linkIn(smtp.mails[0]!.body, "/reset-password")).searchParams.get("token")!;
    await expect(resetPassword(db, { token, password: "a brand new passphrase" }, T0 + HOUR)).rejects.toThrow(RESET_LINK_DEAD);
    const [user] = await db.select({ sv: users.sessionVersion }).from(users).where(eq(users.id, userId));
    expect(user!.sv).toBe(1);
    // A minute earlier it still worked.
    expect(await resetPassword(db, { token, password: "a brand new passphrase" }, T0 + HOUR - 60_000)).toEqual({
      email: "ada@example.com",
    });
  });

  it("a reset kills the account's other reset links", async () => {
    await requestPasswordReset(db, { email: "ada@example.com" }, "192.0.2.1", T0);
    await requestPasswordReset(db, { email: "ada@example.com" }, "192.0.2.1", T0 + 1000);
    await deliver(T0 + 2000);
    const [first, second] = smtp.mails.map((m) => new URL(linkIn(m.body, "/reset-password")).searchParams.get("token")!);
    await resetPassword(db, { token: second!, password: "a brand new passphrase" }, T0 + 3000);
    await expect(resetPassword(db, { token: first!, password: "someone else's passphrase" }, T0 + 4000)).rejects.toThrow(RESET_LINK_DEAD);
  });

  it("refuses a weak new password and leaves the link usable", async () => {
    await requestPasswordReset(db, { email: "ada@example.com" }, "192.0.2.1", T0);
    await deliver(T0);
    const token = new URL(linkIn(smtp.mails[0]!.body, "/reset-password")).searchParams.get("token")!;
    await expect(resetPassword(db, { token, password: "short" }, T0 + 1000)).rejects.toThrow();
    await expect(resetPassword(db, { token, password: "ada@example.com" }, T0 + 1000)).rejects.toThrow();
    expect(await resetPassword(db, { token, password: "a brand new passphrase" }, T0 + 2000)).toEqual({ email: "ada@example.com" });
  });

  it("is rate-limited per email (3 an hour) and per address (10 an hour), whether or not the email has an account", async () => {
    for (let i = 0; i < 3; i++) await requestPasswordReset(db, { email: "ada@example.com" }, `192.0.2.${i + 1}`, T0 + i);
    await expect(requestPasswordReset(db, { email: "ada@example.com" }, "192.0.2.99", T0 + 10)).rejects.toThrow(
      /Too many password reset requests/,
    );
    for (let i = 0; i < 10; i++) await requestPasswordReset(db, { email: `someone${i}@example.com` }, "198.51.100.7", T0 + i);
    await expect(requestPasswordReset(db, { email: "fresh@example.com" }, "198.51.100.7", T0 + 20)).rejects.toThrow(/Too many/);
    // A refused request writes no mail; an hour later the email may ask again.
    expect(await db.select().from(mailOutbox)).toHaveLength(3);
    await requestPasswordReset(db, { email: "ada@example.com" }, "192.0.2.99", T0 + HOUR + 10);
    expect(await db.select().from(mailOutbox)).toHaveLength(4);
  });
});
