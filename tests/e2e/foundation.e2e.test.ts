import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { expectAccessible, launchBrowser, newContext, screenshot, signIn } from "./support/browser";
import { until } from "./support/own-workspace";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const stamp = Date.now().toString(36);
const owner = { name: "Olivia Owner", email: `olivia-${stamp}@example.com`, password: "olivia-password" };
const invitee = { name: "Ivan Invitee", email: `ivan-${stamp}@example.com`, password: "ivan-password" };

describe("foundation journey", () => {
  it("signs up, invites a member who joins with the role, signs out and in again", async () => {
    const ownerContext = await newContext(browser);
    const page = await ownerContext.newPage();

    await page.goto("/sign-up");
    await screenshot(page, "sign-up");
    await page.getByLabel("Your name").fill(owner.name);
    await page.getByLabel("Email").fill(owner.email);
    await page.getByLabel("Password").fill(owner.password);
    await page.getByRole("button", { name: "Create account" }).click();
    await page.waitForURL(/\/w\/olivia-owner-s-workspace/);
    await until(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Overview");
    await screenshot(page, "overview");

    for (const nav of ["Categories", "Canvases", "Initiatives", "Roadmap", "Settings"]) {
      await page.getByRole("navigation", { name: "Workspace" }).getByRole("link", { name: nav }).click();
      await until(() => page.getByRole("heading", { level: 1 }).textContent()).toBe(nav);
      await screenshot(page, `nav-${nav.toLowerCase()}`);
    }

    await page.goto(page.url().replace(/\/settings$/, "/settings/members"));
    await expectAccessible(page);
    await page.getByLabel("Email", { exact: true }).fill(invitee.email);
    await page.getByLabel("Role", { exact: true }).selectOption("tracker");
    await page.getByRole("button", { name: "Create invitation" }).click();
    const link = await page.getByTestId("invite-link").inputValue();
    expect(link).toMatch(/\/invite\/[\w-]{20,}$/);
    // The email is cleared for the next invitee, and the link has a copy button that says what happened.
    expect(await page.getByLabel("Email", { exact: true }).inputValue()).toBe("");
    await page.getByRole("button", { name: "Copy link" }).click();
    await page.getByText(/^(Link copied\.|Could not copy: select the link and copy it by hand\.)$/).waitFor();
    await screenshot(page, "members");

    const inviteeContext = await newContext(browser);
    const other = await inviteeContext.newPage();
    await other.goto(link);
    await until(() => other.getByRole("heading", { level: 1 }).textContent()).toBe("Join Olivia Owner's workspace");
    await other.getByRole("link", { name: "Create an account to join" }).click();
    await other.getByLabel("Your name").fill(invitee.name);
    await until(() => other.getByLabel("Email").inputValue()).toBe(invitee.email);
    await other.getByLabel("Password").fill(invitee.password);
    await other.getByRole("button", { name: "Create account" }).click();
    await other.waitForURL(/\/invite\//);
    await other.getByRole("button", { name: "Join workspace" }).click();
    await other.waitForURL(/\/w\/olivia-owner-s-workspace$/);
    await until(() => other.getByText("tracker", { exact: true }).first().isVisible()).toBe(true);

    // The owner sees the new member with the invited role.
    await page.reload();
    await until(() => page.getByRole("combobox", { name: `Role of ${invitee.name}` }).inputValue()).toBe("tracker");

    // Sign out, then in again.
    await other.getByRole("button", { name: "Sign out" }).first().click();
    await other.waitForURL(/\/sign-in/);
    await other.getByLabel("Email").fill(invitee.email);
    await other.getByLabel("Password").fill("wrong-password");
    await other.getByRole("button", { name: "Sign in" }).click();
    // Waits as a person does (the route announcer is an alert too, so the message is found by its words).
    await other.getByRole("alert").filter({ hasText: "do not match" }).waitFor({ timeout: 20_000 });
    await signIn(other, invitee.email, invitee.password);
    expect(other.url()).toMatch(/\/w\//);

    await ownerContext.close();
    await inviteeContext.close();
  });

  it("keeps signed-out visitors out of workspaces and sends them to sign in", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    // A page that names no icon makes the browser ask for /favicon.ico: a 404 in every console.
    const consoleErrors: string[] = [];
    page.on("console", (m) => void (m.type() === "error" && consoleErrors.push(m.text())));
    await page.goto("/w/demo/initiatives");
    await page.waitForURL(/\/sign-in\?next=/);
    const icon = await page.locator('link[rel="icon"]').first().getAttribute("href");
    expect(icon).toBeTruthy();
    const iconResponse = await page.request.get(icon!);
    expect(iconResponse.status()).toBe(200);
    expect(iconResponse.headers()["content-type"]).toContain("image/svg+xml");
    expect(consoleErrors).toEqual([]);
    await expectAccessible(page);
    await screenshot(page, "sign-in");
    await context.close();
  });
});
