import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO, expectAccessible, launchBrowser, newContext, signIn } from "./support/browser";
import { until } from "./support/own-workspace";
import { signUp } from "./support/people";

// The test server has no SMTP_URL, so mail waits in the outbox, where the installation admin (the demo account, the
// first one created) reads it at /admin/outbox. That is the path an operator without mail takes, and it lets a test
// follow the links a person would get by email through the real pages.

let browser: Browser;
let admin: BrowserContext;
let adminPage: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  admin = await newContext(browser);
  adminPage = await admin.newPage();
  await signIn(adminPage, DEMO.email, DEMO.password);
});
afterAll(async () => {
  await admin?.close();
  await browser?.close();
});

const stamp = Date.now().toString(36);
// The words a person reads (server/domain/auth/users.ts, server/mail/digest/subscriptions.ts).
const INVALID_CREDENTIALS = "That email and password do not match an account.";
const UNSUBSCRIBE_LINK_BAD = "This unsubscribe link is not valid.";

/** The link to `path` in the newest message to `to` with `subject`, as a path on this server. */
async function linkFromOutbox(to: string, subject: string, path: string): Promise<string> {
  const row = adminPage.getByRole("row").filter({ hasText: to }).filter({ hasText: subject }).first();
  await until(async () => {
    await adminPage.goto("/admin/outbox");
    return row.count();
  }).toBeGreaterThan(0);
  await row.getByRole("link", { name: subject }).click();
  const text = (await adminPage.getByTestId("outbox-text").textContent()) ?? "";
  const link = new RegExp(`https?://\\S+${path}\\?token=[\\w-]+`).exec(text);
  expect(link, `a ${path} link in “${subject}”`).not.toBeNull();
  const url = new URL(link![0]);
  return `${url.pathname}${url.search}`;
}

describe("the pages behind account mail", () => {
  it("a person who forgot their password asks for a link, chooses a new password, and only the new one works", async () => {
    const person = { name: "Robin Forgetful", email: `robin-${stamp}@example.com`, password: "an original long passphrase" };
    const signup = await newContext(browser);
    await signUp(await signup.newPage(), person);
    await signup.close();

    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto("/sign-in");
    await page.getByRole("link", { name: "Forgot password?" }).click();
    await page.waitForURL(/\/forgot-password/);
    await expectAccessible(page);
    await page.getByLabel("Email").fill(person.email);
    await page.getByRole("button", { name: "Send me a reset link" }).click();
    await page.getByText(`If ${person.email} has an account, a link to choose a new password is on its way.`).waitFor();

    const link = await linkFromOutbox(person.email, "Reset your Triple Crown password", "/reset-password");
    await page.goto(link);
    await page.getByRole("heading", { name: "Choose a new password" }).waitFor();
    await expectAccessible(page);
    // A mismatch is said in words and nothing changes.
    await page.getByLabel("New password", { exact: true }).fill("a brand new passphrase");
    await page.getByLabel("New password again").fill("a different passphrase");
    await page.getByRole("button", { name: "Set new password" }).click();
    await until(() => page.getByText("The two passwords differ. Type the same new password twice.").count()).toBeGreaterThan(0);
    // Password fields are never sent back to the page, so both are typed again.
    await page.getByLabel("New password", { exact: true }).fill("a brand new passphrase");
    await page.getByLabel("New password again").fill("a brand new passphrase");
    await page.getByRole("button", { name: "Set new password" }).click();
    await page.waitForURL(/\/sign-in\?reset=1/);
    await page.getByText("Your password is changed and every device was signed out.").waitFor();

    await page.getByLabel("Email").fill(person.email);
    await page.getByLabel("Password").fill(person.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await until(() => page.getByRole("alert").filter({ hasText: INVALID_CREDENTIALS }).count()).toBe(1);
    expect(page.url()).toContain("/sign-in");
    await page.getByLabel("Password").fill("a brand new passphrase");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(/\/w\//);

    // The link worked once.
    await page.goto(link);
    await page.getByRole("heading", { name: "This reset link cannot be used" }).waitFor();
    expect(await page.getByRole("link", { name: "Ask for a new link" }).isVisible()).toBe(true);
    await context.close();
  });

  it("a new account confirms its email through the link in its verification mail", async () => {
    const person = { name: "Sam Newcomer", email: `sam-${stamp}@example.com`, password: "a sensible long passphrase" };
    const context = await newContext(browser);
    const page = await context.newPage();
    await signUp(page, person);

    const link = await linkFromOutbox(person.email, "Confirm your email for Triple Crown", "/verify-email");
    await page.goto(link);
    await expectAccessible(page);
    await page.getByRole("button", { name: "Confirm my email" }).click();
    await page.getByText("Your email is confirmed. Thank you.").waitFor();
    await context.close();
  });

  it("an unsubscribe link that is not genuine says so and changes nothing", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto("/unsubscribe?token=not-a-real-token");
    await page.getByRole("heading", { name: "Stop the weekly digest" }).waitFor();
    await expectAccessible(page);
    // A button, not the link, stops the digest (mail scanners open links); with a forged token it explains.
    await page.getByRole("button", { name: "Stop the weekly digest" }).click();
    await until(() => page.getByRole("alert").filter({ hasText: UNSUBSCRIBE_LINK_BAD }).count()).toBe(1);
    await context.close();
  });
});
