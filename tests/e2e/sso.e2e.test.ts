import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseURL, expectAccessible, launchBrowser, newContext } from "./support/browser";
import { startOidcProvider, type LocalOidcProvider } from "./support/oidc-provider";
import { signUpWithWorkspace, until, type WorkspaceApi } from "./support/own-workspace";

const stamp = Date.now().toString(36);
const domain = `acme-${stamp}.example`;

let browser: Browser;
let idp: LocalOidcProvider | null = null;
let admin: { slug: string; workspaceId: string; api: WorkspaceApi; page: Page };

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await idp?.close();
});

/** A visitor's context: nothing but this machine is reachable (the provider's dev pages link a web font). */
async function visitor(): Promise<BrowserContext> {
  const context = await newContext(browser);
  await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort());
  return context;
}

/** At the provider's development sign-in page: the login typed is the person's email; then the consent. */
async function signInAtProvider(page: Page, email: string): Promise<void> {
  await page.waitForURL((url) => url.href.startsWith(idp!.issuer));
  await page.locator('input[name="login"]').fill(email);
  await page.locator('input[name="password"]').fill("any password");
  await page.getByRole("button", { name: "Sign-in" }).click();
  await page.getByRole("button", { name: "Continue" }).click();
}

describe("single sign-on with OpenID Connect", () => {
  it("an admin registers the redirect URL, saves the provider, tests the connection and turns it on", async () => {
    const context = await visitor();
    const page = await context.newPage();
    const own = await signUpWithWorkspace(page, {
      name: "Olga Owner",
      email: `olga-${stamp}@example.com`,
      password: "olga's long harbour walk",
    });
    admin = { ...own, page };
    const redirectUrl = `${baseURL()}/api/auth/callback/sso-${own.workspaceId}`;
    idp = await startOidcProvider({ redirectUri: redirectUrl });

    await page.goto(`/w/${own.slug}/settings`);
    await page.getByRole("link", { name: /Sign-in/ }).click();
    await page.waitForURL(/\/settings\/sign-in$/);
    await until(() => page.getByTestId("sso-redirect-url").inputValue()).toBe(redirectUrl);

    await page.getByLabel("Issuer URL").fill(idp.issuer);
    await page.getByLabel("Client ID").fill(idp.clientId);
    await page.getByLabel("Client secret").fill(idp.clientSecret);
    await page.getByLabel("Allowed email domains").fill(domain);
    await page.getByLabel("Role for new people").selectOption("editor");
    await page.getByRole("button", { name: "Save provider" }).click();
    await page.getByRole("button", { name: "Test the connection" }).click();
    await until(() => page.getByTestId("sso-test-result").textContent()).toBe(
      `The provider at ${idp.issuer} answered and offers what sign-in needs.`,
    );
    await page.getByRole("button", { name: "Turn company sign-in on" }).click();
    await until(() => page.getByRole("button", { name: "Turn company sign-in off" }).isVisible()).toBe(true);
    await expectAccessible(page);
  });

  it("a person from an allowed domain signs in with their work email and lands in the workspace as a new editor", async () => {
    const email = `ada-${stamp}@${domain}`;
    const context = await visitor();
    const page = await context.newPage();
    await page.goto("/sign-in");
    await page.getByRole("link", { name: "Sign in with your company account" }).click();
    await page.waitForURL(/\/sso/);
    await expectAccessible(page);
    await page.getByLabel("Work email or workspace address").fill(email);
    await page.getByRole("button", { name: "Continue to your company's sign-in" }).click();
    await signInAtProvider(page, email);

    await page.waitForURL(new RegExp(`/w/${admin.slug}$`));
    const members = (await admin.api("query", "member.list", {})) as { email: string; role: string; name: string }[];
    expect(members.find((m) => m.email === email)).toMatchObject({ role: "editor", name: `Person ada-${stamp}` });
    // The session is a normal one: the API answers in it.
    const session = (await context.cookies()).find((c) => c.name.includes("session-token"));
    expect(session).toBeDefined();
    const me = await fetch(`${baseURL()}/api/trpc/auth.me`, { headers: { cookie: `${session!.name}=${session!.value}` } });
    expect(me.status).toBe(200);
    await context.close();
  });

  it("a person from a domain that is not allowed is refused, signed out, and does not join", async () => {
    const email = `eve-${stamp}@elsewhere.example`;
    const context = await visitor();
    const page = await context.newPage();
    await page.goto("/sso");
    // The workspace's address starts the sign-in for anyone; the domain is checked on the way back.
    await page.getByLabel("Work email or workspace address").fill(admin.slug);
    await page.getByRole("button", { name: "Continue to your company's sign-in" }).click();
    await signInAtProvider(page, email);

    await page.waitForURL(/\/sso\/refused\?reason=domain-not-allowed/);
    await until(() => page.getByRole("heading", { name: "Your email domain is not allowed here" }).isVisible()).toBe(true);
    await expectAccessible(page);
    expect((await context.cookies()).find((c) => c.name.includes("session-token"))).toBeUndefined();
    const members = (await admin.api("query", "member.list", {})) as { email: string }[];
    expect(members.map((m) => m.email)).not.toContain(email);
    await context.close();
  });

  it("an email whose domain no workspace allows is told so before leaving the app", async () => {
    const context = await visitor();
    const page = await context.newPage();
    await page.goto("/sso");
    await page.getByLabel("Work email or workspace address").fill(`zed-${stamp}@nowhere-${stamp}.example`);
    await page.getByRole("button", { name: "Continue to your company's sign-in" }).click();
    await until(() => page.locator("form [role=alert]").textContent()).toBe(
      `No workspace signs in people from nowhere-${stamp}.example with a company account. Sign in with your password, or enter your workspace's address.`,
    );
    expect(new URL(page.url()).pathname).toBe("/sso");
    await context.close();
  });
});
