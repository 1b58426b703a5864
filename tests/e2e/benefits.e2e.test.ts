import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { DEMO, expectAccessible, launchBrowser, newContext, screenshot, signIn } from "./support/browser";

const EXEC = "exec@triplecrown.local";

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

/**
 * Issue 20 on the demo workspace: Digital's three done initiatives realised
 * 48,500 of 107,500 planned cost reduction (45 %) and 109,000 of 155,000
 * revenue (70 %) (tests/integration/demo-seed.test.ts works them out).
 */
describe("benefits realisation and calibrated values", () => {
  it("an executive reads the Benefits view: totals, departments and Digital over-promising", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, EXEC, DEMO.password);
    await page.goto(`/w/${DEMO.slug}/roadmap`);
    await page.getByRole("navigation", { name: "Roadmap views" }).getByRole("link", { name: "Benefits" }).click();
    await heading(page, "Benefits");
    expect(page.url()).toMatch(/\/roadmap\/benefits$/);

    const cost = page.getByTestId("benefit-total-cost");
    await cost.waitFor();
    expect(await cost.getByText("Planned since delivery").isVisible()).toBe(true);
    expect((await cost.getByTestId("realised").textContent())?.trim()).toMatch(/^€[\d.,]+k?$/);
    expect(await page.getByTestId("benefit-total-experience").textContent()).toContain("delivered");

    const digital = page.getByTestId("calibration-row").filter({ has: page.getByRole("rowheader", { name: "Digital" }) });
    expect((await digital.textContent())?.replace(/\s+/g, " ")).toContain("45% (3 initiatives)");
    expect((await digital.textContent())?.replace(/\s+/g, " ")).toContain("70% (3 initiatives)");
    expect(await page.getByTestId("benefit-departments").getByRole("rowheader", { name: "Digital" }).isVisible()).toBe(true);
    expect(await page.getByTestId("benefit-initiative").count()).toBeGreaterThanOrEqual(5);
    await expectAccessible(page);
    await screenshot(page, "benefits");
    await context.close();
  });

  it("the scorecard shows calibrated values beside the estimated ones when asked, and remembers it in the URL", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, EXEC, DEMO.password);
    await page.goto(`/w/${DEMO.slug}`);
    await heading(page, "Overview");
    await page.getByTestId("scorecard-row").first().waitFor();
    // Off by default: no calibrated column.
    expect(await page.getByRole("columnheader", { name: "Calibrated" }).count()).toBe(0);
    const toggle = page.getByRole("checkbox", { name: "Show calibrated values" });
    expect(await toggle.isChecked()).toBe(false);

    await toggle.check();
    await page.waitForURL(/calibrated=1/);
    await page.getByRole("columnheader", { name: "Calibrated" }).waitFor();
    const cells = page.getByTestId("calibrated-value");
    expect(await cells.count()).toBe(await page.getByTestId("scorecard-row").count());
    // The estimated value stays in its own column; Digital's open work is calibrated with Digital's own 45 %.
    const digitalRow = page.getByTestId("scorecard-row").filter({ hasText: "Digital's 45% (3 initiatives)" }).first();
    await digitalRow.waitFor();
    const cellTexts = await digitalRow.locator("td").allTextContents();
    const value = cellTexts[3]!.trim();
    const calibrated = cellTexts[4]!;
    expect(value).toMatch(/^[+−]?\d/);
    expect(calibrated).toMatch(/rank \d+/);
    expect(calibrated).toContain("cost × Digital's 45% (3 initiatives)");
    await expectAccessible(page);
    await screenshot(page, "scorecard-calibrated");

    // Reloaded, it is still on.
    await page.reload();
    await page.getByRole("columnheader", { name: "Calibrated" }).waitFor();
    expect(await page.getByRole("checkbox", { name: "Show calibrated values" }).isChecked()).toBe(true);
    await context.close();
  });
});
