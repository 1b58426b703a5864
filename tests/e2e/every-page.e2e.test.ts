// Issue 21: at desktop width every page passes axe with no violation of any impact, and every "?" tip opens with the
// keyboard, names its figure and links to how it is computed. (The phone width is covered in phone.e2e.test.ts.)
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { DEMO, launchBrowser, newContext, signIn } from "./support/browser";
import { axeViolations, everyDemoPage, expectEachTipOpens, settled } from "./support/every-page";

let browser: Browser;
let context: BrowserContext;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  context = await newContext(browser);
  page = await context.newPage();
  await signIn(page, DEMO.email, DEMO.password);
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

describe("every page at desktop width (1440 × 900)", () => {
  it("axe finds no violations", async () => {
    const violations: string[] = [];
    for (const url of await everyDemoPage(page)) {
      await page.goto(url);
      await settled(page);
      violations.push(...(await axeViolations(page)).map((v) => `${url}: ${v}`));
    }
    expect(violations).toEqual([]);
  }, 400_000);

  it("every “?” tip beside a computed figure opens, names the figure and links to how it is computed", async () => {
    const seen = new Set<string>();
    for (const url of await everyDemoPage(page)) {
      await page.goto(url);
      await settled(page);
      for (const name of await expectEachTipOpens(page)) seen.add(name);
    }
    // The overview's simulation and the "Why" breakdown show their figures only when asked for.
    await page.goto(`/w/${DEMO.slug}`);
    await settled(page);
    await page.getByRole("button", { name: "Run the simulation" }).click();
    await page.getByTestId("uncertainty-row").first().waitFor({ timeout: 30_000 });
    await page.getByTestId("scorecard-row").first().getByRole("button", { name: /^Why/ }).click();
    await page.getByTestId("breakdown").first().waitFor();
    for (const name of await expectEachTipOpens(page)) seen.add(name);

    // Each figure the issue names has its tip somewhere a person meets it.
    const wanted = [
      "What is value score?",
      "What is priority?",
      "What is robustness?",
      "What is the hot-spot score?",
      "What is how much a category counts?",
      "What is a crown?",
      "What is NPV?",
      "What is payback?",
      "What is P10 – P90?",
      "What is the chance of top 10?",
    ];
    expect(wanted.filter((w) => !seen.has(w))).toEqual([]);
  }, 400_000);
});
