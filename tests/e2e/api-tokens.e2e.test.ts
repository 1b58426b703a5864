import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { baseURL, expectAccessible, launchBrowser, newContext } from "./support/browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const stamp = Date.now().toString(36);
const admin = { name: "Ada Api", email: `ada-${stamp}@example.com`, password: "ada-api-password" };

/** A call to the served API with a bearer token, as an outside tool makes it (no cookie). */
async function callApi(path: string, token: string): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${baseURL()}/api/v1${path}`, { headers: { authorization: `Bearer ${token}` } });
  const text = await response.text();
  if (!response.headers.get("content-type")?.startsWith("application/json")) throw new Error(`${response.status}: ${text.slice(0, 300)}`);
  return { status: response.status, body: JSON.parse(text) as unknown };
}

describe("API tokens", () => {
  it("an admin makes a token, copies it once, a tool reads with it, and a revoke stops it", { timeout: 240_000 }, async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    page.on("dialog", (d) => void d.accept());

    await page.goto("/sign-up");
    await page.getByLabel("Your name").fill(admin.name);
    await page.getByLabel("Email").fill(admin.email);
    await page.getByLabel("Password").fill(admin.password);
    await page.getByRole("button", { name: "Create account" }).click();
    await page.waitForURL(/\/w\/[^/]+$/);
    const slug = new URL(page.url()).pathname.split("/")[2]!;

    await page.goto(`/w/${slug}/settings`);
    await page.getByRole("link", { name: /API tokens/ }).click();
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("API tokens");
    await expect.poll(() => page.getByText("No API tokens yet.").isVisible()).toBe(true);

    // A name of only spaces passes the browser's check but not the server's: the field says why, and nothing is made.
    await page.getByLabel("Name").fill("   ");
    await page.getByRole("button", { name: "Create token" }).click();
    await expect.poll(() => page.getByText("Give the token a name, such as the tool that will use it").isVisible()).toBe(true);
    await expect.poll(() => page.getByText("No API tokens yet.").isVisible()).toBe(true);

    await page.getByLabel("Name").fill("BI dashboard");
    await page.getByLabel("Works for (days)").fill("30");
    await page.getByRole("button", { name: "Create token" }).click();
    const shown = page.getByTestId("api-token");
    await shown.waitFor();
    const token = await shown.inputValue();
    expect(token).toMatch(/^tc_[A-Za-z0-9_-]{43}$/);
    await expectAccessible(page);

    const row = page.getByRole("row", { name: /BI dashboard/ });
    await expect.poll(() => row.textContent()).toContain(`${token.slice(0, 9)}…`);
    await expect.poll(() => row.textContent()).toContain("Never");

    const read = await callApi("/categories", token);
    expect(read).toEqual({ status: 200, body: { data: [], nextCursor: null } });
    const write = await fetch(`${baseURL()}/api/v1/initiatives`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify({ title: "From a script" }),
    });
    expect(write.status).toBe(403);

    // The list shows the use once the page is read again.
    await page.reload();
    await expect.poll(() => page.getByRole("row", { name: /BI dashboard/ }).textContent()).not.toContain("Never");

    await page.getByRole("button", { name: "Revoke the token BI dashboard" }).click();
    await expect.poll(() => page.getByRole("row", { name: /BI dashboard/ }).textContent()).toContain("revoked");
    const refused = await callApi("/categories", token);
    expect(refused.status).toBe(401);
    expect(refused.body).toEqual({
      error: { code: "unauthorized", message: "This API token was revoked. Ask a workspace admin for a new one." },
    });

    const reference = await page.goto("/api/docs");
    expect(reference?.status()).toBe(200);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toContain("Triple Crown API reference");
    await expectAccessible(page);
    await context.close();
  });
});
