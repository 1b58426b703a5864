import AxeBuilder from "@axe-core/playwright";
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from "playwright-core";
import { expect, inject } from "vitest";

export const SCREENSHOTS = path.resolve(import.meta.dirname, "../screenshots");

/** Debian's Chromium, never a downloaded one; flags keep it off the network. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-dev-shm-usage",
    ],
  });
}

export function baseURL(): string {
  return inject("baseURL");
}

export async function newContext(
  browser: Browser,
  viewport = { width: 1440, height: 900 },
  options: BrowserContextOptions = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL: baseURL(), viewport, ...options });
  context.setDefaultTimeout(20_000);
  return context;
}

/**
 * A phone as the server sees one: touch, a phone's user agent, and so the `Sec-CH-UA-Mobile: ?1` hint Chromium sends
 * from it, which makes pages leave out their wide layouts (decision 054).
 */
export function newPhoneContext(browser: Browser, viewport: { width: number; height: number }): Promise<BrowserContext> {
  return newContext(browser, viewport, {
    isMobile: true,
    hasTouch: true,
    userAgent: "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Mobile Safari/537.36",
  });
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** No serious or critical accessibility violations on the page as it is now. */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}

export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(/\/w\//);
}

/** The demo accounts' password, made per install into the test server's data folder (decision 024). */
export function demoPassword(dataDir: string = inject("dataDir")): string {
  return readFileSync(path.join(dataDir, "demo-password.txt"), "utf8").trim();
}

export const DEMO = {
  email: "demo@triplecrown.local",
  slug: "demo",
  get password(): string {
    return demoPassword();
  },
} as const;
