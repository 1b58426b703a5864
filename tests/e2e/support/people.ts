import type { Browser, Page } from "playwright-core";
import { expect } from "vitest";
import { newContext } from "./browser";

type Person = { name: string; email: string; password: string };

/**
 * Each person signing up comes from an address of their own (198.18.0.0/15,
 * the range kept for tests; the e2e server trusts 127.0.0.1 as a proxy). The
 * suite signs up more people than the 10 an hour one address may, which real
 * people behind one office address never do within an hour.
 */
let lastAddress = Math.floor(Math.random() * 60_000);
function nextAddress(): string {
  lastAddress = (lastAddress + 1) % 65_536;
  return `198.18.${lastAddress >> 8}.${lastAddress & 255}`;
}

/** A fresh account; it gets its own workspace, as admin. Returns the workspace's slug. */
export async function signUp(page: Page, person: Person): Promise<string> {
  await page.setExtraHTTPHeaders({ "x-forwarded-for": nextAddress() });
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill(person.name);
  await page.getByLabel("Email").fill(person.email);
  await page.getByLabel("Password").fill(person.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await page.waitForURL(/\/w\/[^/]+$/);
  return new URL(page.url()).pathname.split("/")[2]!;
}

/**
 * The admin on `adminPage` invites `person` with `role`; they sign up in a new
 * context of `browser` and join. Returns their page, signed in.
 */
export async function inviteAndJoin(
  browser: Browser,
  adminPage: Page,
  slug: string,
  person: Person,
  role: "viewer" | "editor" | "tracker" | "executive",
  viewport?: { width: number; height: number },
): Promise<Page> {
  await adminPage.goto(`/w/${slug}/settings/members`);
  await adminPage.getByLabel("Email", { exact: true }).fill(person.email);
  await adminPage.getByLabel("Role", { exact: true }).selectOption(role);
  await adminPage.getByRole("button", { name: "Create invitation" }).click();
  const link = await adminPage.getByTestId("invite-link").inputValue();

  const context = await newContext(browser, viewport);
  const page = await context.newPage();
  await page.goto(link);
  await page.getByRole("link", { name: "Create an account to join" }).click();
  await page.getByLabel("Your name").fill(person.name);
  await expect.poll(() => page.getByLabel("Email").inputValue(), { timeout: 15_000 }).toBe(person.email);
  await page.getByLabel("Password").fill(person.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await page.waitForURL(/\/invite\//);
  await page.getByRole("button", { name: "Join workspace" }).click();
  await page.waitForURL(new RegExp(`/w/${slug}$`));
  return page;
}

/**
 * Waits for an autosaving form to report that everything is saved ("Saved" once
 * a link or status change has made the saved version the new baseline).
 */
export async function expectAllSaved(page: Page): Promise<void> {
  await expect
    .poll(() => page.getByTestId("save-status").first().textContent(), { timeout: 15_000, interval: 100 })
    .toMatch(/^(All changes saved|Saved)$/);
}
