import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { DEMO, expectAccessible, launchBrowser, newContext, screenshot, signIn } from "./support/browser";

/**
 * The browser tests' server runs with its clock set to 2026-08-15
 * (TRIPLE_CROWN_TODAY, global-setup.ts), and the demo is seeded from that day:
 * its quarters are Q1 2026 to Q4 2027, and today is in the third, Q3 2026.
 */
const TRACKER = "tracker@triplecrown.local";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function heading(page: Page, text: string) {
  await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent(), { timeout: 15_000 }).toBe(text);
}

describe("planning in time", () => {
  it("the roadmap greys out the two quarters that have ended, marks today, and places nothing new there", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, DEMO.email, DEMO.password);
    await page.goto(`/w/${DEMO.slug}/roadmap`);
    await heading(page, "Roadmap");
    const heads = page.getByTestId("period-head");
    await heads.first().waitFor();
    const when = await heads.evaluateAll((ths) =>
      ths.map((th) => [th.querySelector("span.block.text-sm")?.textContent, th.getAttribute("data-when")]),
    );
    expect(when).toEqual([
      ["Q1 2026", "history"],
      ["Q2 2026", "history"],
      ["Q3 2026", "current"],
      ["Q4 2026", "ahead"],
      ["Q1 2027", "ahead"],
      ["Q2 2027", "ahead"],
      ["Q3 2027", "ahead"],
      ["Q4 2027", "ahead"],
    ]);
    expect(await page.getByTestId("today-marker").count()).toBe(1);
    expect(await page.getByTestId("today-note").textContent()).toContain("in Q3 2026");
    // Planned and pinned work starts in Q3 2026 (index 2) or later; only work in progress reaches back into history.
    // A cell of history is grey, unlike one of the plan ahead.
    const history = await page
      .locator("td[data-when=history]")
      .first()
      .evaluate((td) => getComputedStyle(td).backgroundColor);
    expect(history).not.toBe("rgba(0, 0, 0, 0)");
    const bars = await page
      .locator("td[data-kind]")
      .evaluateAll((tds) => tds.map((td) => [td.getAttribute("data-kind"), Number(td.getAttribute("data-start"))]));
    const placed = bars.filter(([kind]) => kind !== "in_progress");
    expect(placed.length).toBeGreaterThan(5);
    expect(placed.filter(([, start]) => (start as number) < 2)).toEqual([]);
    expect(bars.some(([kind, start]) => kind === "in_progress" && (start as number) < 2)).toBe(true);
    await page.waitForLoadState("networkidle");
    await expectAccessible(page);
    await screenshot(page, "roadmap-today");
    await context.close();
  });

  it("a tracker lands on This period after signing in: late work, what finishes, actions at hand", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, TRACKER, DEMO.password);
    await expect.poll(() => new URL(page.url()).pathname).toBe(`/w/${DEMO.slug}/this-period`);
    await heading(page, "This period");
    expect(await page.getByTestId("current-period").textContent()).toContain("Q3 2026");
    // In progress since before the plan, planned over two quarters: it should have ended in Q1 2026.
    const late = page.getByTestId("late-work");
    await late.getByRole("link", { name: "Approve extra work with one tap" }).waitFor();
    const finishing = page.getByTestId("finishing-work");
    await finishing.getByRole("link", { name: "Pre-pick parts the day before booked jobs" }).waitFor();
    await finishing.getByRole("button", { name: "Record result for Pre-pick parts the day before booked jobs" }).click();
    const record = page.getByRole("dialog", { name: "Record a realised result" });
    await record.getByLabel("Period").waitFor();
    // Defaults to the latest period that has ended.
    await expect
      .poll(async () => record.getByLabel("Period").evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent ?? ""))
      .toMatch(/^Q2 2026/);
    await record.getByRole("button", { name: "Cancel" }).click();
    await page.getByRole("navigation", { name: "Workspace" }).getByRole("link", { name: "This period" }).waitFor();
    await page.waitForLoadState("networkidle");
    await expectAccessible(page);
    await screenshot(page, "this-period");
    await context.close();
  });
});
