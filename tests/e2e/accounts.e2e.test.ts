import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseURL, DEMO, demoPassword, launchBrowser, newContext } from "./support/browser";
import { freePort } from "./support/free-port";
import { sessionCookie } from "./support/http-client";
import { E2E_DIST_DIR, root, serverEntry, waitFor } from "./support/next-build";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const stamp = Date.now().toString(36);

/** A context whose requests come "from" an address of its own (the shared server trusts 127.0.0.1 as a proxy). */
async function contextFrom(address: string) {
  const context = await newContext(browser);
  await context.setExtraHTTPHeaders({ "x-forwarded-for": address });
  return context;
}

async function status(path: string, cookie: string): Promise<{ status: number; location: string | null }> {
  const res = await fetch(`${baseURL()}${path}`, { headers: { cookie }, redirect: "manual" });
  await res.arrayBuffer();
  return { status: res.status, location: res.headers.get("location") };
}

describe("accounts in the browser", () => {
  it("the sign-in page names the demo account but never a password", async () => {
    const html = await (await fetch(`${baseURL()}/sign-in`)).text();
    expect(html).toContain(DEMO.email);
    expect(html).toContain("demo-password.txt");
    expect(html).not.toContain(DEMO.password);
    expect(html).not.toContain("/ demo-password");
  });

  it("refuses a weak password at sign-up with the reason", async () => {
    const context = await contextFrom("198.18.0.1");
    const page = await context.newPage();
    await page.goto("/sign-up");
    await page.getByLabel("Your name").fill("Wanda Weak");
    await page.getByLabel("Email").fill(`wanda-${stamp}@example.com`);
    await page.getByLabel("Password").fill("password123");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect
      .poll(
        () => page.getByText("This password is too common: it is among the first ones attackers try. Choose another.").first().isVisible(),
        { timeout: 15_000 },
      )
      .toBe(true);
    expect(new URL(page.url()).pathname).toBe("/sign-up");
    await context.close();
  });

  it("sign out everywhere refuses every older cookie, in the API and on pages; sign-out ends its own session", async () => {
    const person = { name: "Sam Session", email: `sam-${stamp}@example.com`, password: "sam's quiet harbour" };
    const context = await contextFrom("198.18.0.2");
    const page = await context.newPage();
    await page.goto("/sign-up");
    await page.getByLabel("Your name").fill(person.name);
    await page.getByLabel("Email").fill(person.email);
    await page.getByLabel("Password").fill(person.password);
    await page.getByRole("button", { name: "Create account" }).click();
    await page.waitForURL(/\/w\/[^/]+$/);
    const workspacePath = new URL(page.url()).pathname;

    // A second session (another device), and a copy of this one's cookie.
    const other = (await sessionCookie(person.email, person.password, { "x-forwarded-for": "198.18.0.3" }))!.split(";")[0]!;
    expect((await status("/api/trpc/auth.me", other)).status).toBe(200);
    const copied = (await context.cookies()).find((c) => c.name.includes("session-token"))!;
    const copiedCookie = `${copied.name}=${copied.value}`;

    // "Sign out" in this browser: the copied cookie stops working, the other device's does not.
    await page.getByRole("button", { name: "Sign out" }).first().click();
    await page.waitForURL(/\/sign-in/);
    expect((await status("/api/trpc/auth.me", copiedCookie)).status).toBe(401);
    expect((await status(workspacePath, copiedCookie)).location).toMatch(/\/sign-in/);
    expect((await status("/api/trpc/auth.me", other)).status).toBe(200);

    // Sign in again, then "Sign out everywhere" from the account page (reached from the user menu).
    await page.getByLabel("Email").fill(person.email);
    await page.getByLabel("Password").fill(person.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(/\/w\//);
    await page.getByRole("link", { name: "Account" }).first().click();
    await page.waitForURL(/\/account/);
    await page.getByRole("button", { name: "Sign out everywhere" }).click();
    await page.waitForURL(/\/sign-in\?signedOut=everywhere/);
    expect((await status("/api/trpc/auth.me", other)).status).toBe(401);
    expect((await status(workspacePath, other)).location).toMatch(/\/sign-in/);
    await context.close();
  });

  it("changing the password keeps this browser signed in and refuses the other devices' cookies", async () => {
    const person = { name: "Pat Change", email: `pat-${stamp}@example.com`, password: "pat's first passphrase" };
    const context = await contextFrom("198.18.0.4");
    const page = await context.newPage();
    await page.goto("/sign-up");
    await page.getByLabel("Your name").fill(person.name);
    await page.getByLabel("Email").fill(person.email);
    await page.getByLabel("Password").fill(person.password);
    await page.getByRole("button", { name: "Create account" }).click();
    await page.waitForURL(/\/w\/[^/]+$/);
    const other = (await sessionCookie(person.email, person.password, { "x-forwarded-for": "198.18.0.5" }))!.split(";")[0]!;

    await page.goto("/account");
    await page.getByLabel("Current password").fill("not my password at all");
    await page.getByLabel("New password").fill("pat's second passphrase");
    await page.getByRole("button", { name: "Change password" }).click();
    await expect.poll(() => page.getByText("Your current password is not right.").first().isVisible(), { timeout: 15_000 }).toBe(true);
    await page.getByLabel("Current password").fill(person.password);
    await page.getByLabel("New password").fill("pat's second passphrase");
    await page.getByRole("button", { name: "Change password" }).click();
    await page.waitForURL(/\/account\?changed=1/);
    expect((await status("/api/trpc/auth.me", other)).status).toBe(401);
    const mine = (await context.cookies()).find((c) => c.name.includes("session-token"))!;
    expect((await status("/api/trpc/auth.me", `${mine.name}=${mine.value}`)).status).toBe(200);
    await context.close();
  });
});

describe("the real server, with no trusted proxy", () => {
  let server: ChildProcess | undefined;
  let dataDir: string;
  let base: string;
  let output = "";

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), "triple-crown-accounts-"));
    const port = await freePort();
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: "production",
      NEXT_DIST_DIR: E2E_DIST_DIR,
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: "127.0.0.1",
      DEMO: "1",
      AUTH_SECRET: "accounts-e2e-secret-0123456789abcdef",
      LOG_LEVEL: "warn",
    };
    delete env.TRUSTED_PROXIES;
    delete env.DEMO_PASSWORD;
    // As in production: the logger is silent under vitest, and this test reads the server's log.
    for (const key of Object.keys(env)) if (key.startsWith("VITEST")) delete env[key];
    server = spawn(process.execPath, [serverEntry], { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
    server.stdout!.on("data", (c: Buffer) => (output += c.toString()));
    server.stderr!.on("data", (c: Buffer) => (output += c.toString()));
    base = `http://127.0.0.1:${port}`;
    await waitFor(`${base}/api/health`, server);
  });

  afterAll(async () => {
    server?.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 300));
    if (server && server.exitCode === null) server.kill("SIGKILL");
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("ignores forwarded headers from an untrusted peer: rotating X-Forwarded-For still hits the per-address limit", async () => {
    for (let i = 0; i < 10; i++) {
      const forged = {
        "x-forwarded-for": `203.0.113.${i + 1}`,
        "x-real-ip": `203.0.113.${i + 1}`,
        "x-triple-crown-client": `192.0.2.${i + 1}`,
      };
      expect(await sessionCookie(`spray-${i}@example.com`, "wrong password", forged, base)).toBeNull();
    }
    // The eleventh attempt, from "yet another" forged address, is refused even with the right password.
    const fresh = { "x-forwarded-for": "198.51.100.200", "x-triple-crown-client": "198.51.100.200" };
    expect(await sessionCookie(DEMO.email, demoPassword(dataDir), fresh, base)).toBeNull();
  });

  it("treats a tampered cookie as signed out, with one warning line and no stack trace", async () => {
    const cookie = "authjs.session-token=eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2Q0JDLUhTNTEyIn0..tampered.tampered.tampered";
    const before = output.length;
    for (let i = 0; i < 3; i++) {
      const page = await fetch(`${base}/w/demo`, { headers: { cookie }, redirect: "manual" });
      await page.arrayBuffer();
      expect(page.headers.get("location")).toMatch(/\/sign-in/);
      const api = await fetch(`${base}/api/trpc/auth.me`, { headers: { cookie } });
      await api.arrayBuffer();
      expect(api.status).toBe(401);
    }
    await new Promise((r) => setTimeout(r, 200));
    const log = output.slice(before);
    expect(log.match(/unreadable session cookie/g)?.length ?? 0).toBeLessThanOrEqual(2); // once from pages, once from the API
    expect(log.match(/unreadable session cookie/g)?.length ?? 0).toBeGreaterThanOrEqual(1);
    expect(log).not.toMatch(/JWTSessionError[\s\S]*\n\s+at /);
    expect(log).not.toContain('"level":"error"');
  });
});
