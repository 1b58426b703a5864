// Issue 21: a new workspace shows the first-hour checklist, its steps tick themselves as the person works through
// the method, every "?" tip on the overview opens and names its figure, and the glossary passes axe.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { expectAccessible, launchBrowser, newContext } from "./support/browser";
import { signUpWithWorkspace, until, type WorkspaceApi } from "./support/own-workspace";

const stamp = Date.now().toString(36);
const person = { name: "Fiona First", email: `fiona-${stamp}@example.com`, password: "fiona-password" };

let browser: Browser;
let page: Page;
let slug = "";
let api: WorkspaceApi;

beforeAll(async () => {
  browser = await launchBrowser();
  const context = await newContext(browser);
  page = await context.newPage();
  ({ slug, api } = await signUpWithWorkspace(page, person));
});
afterAll(async () => {
  await browser?.close();
});

const step = (key: string) => page.getByTestId(`first-hour-${key}`);
const doneSteps = async () =>
  await page
    .getByTestId("first-hour")
    .locator("li[data-done='true']")
    .evaluateAll((els) => els.map((e) => e.getAttribute("data-testid")));

describe("the first hour", () => {
  it("a new workspace shows the checklist with nothing done", async () => {
    await page.goto(`/w/${slug}`);
    await until(() => page.getByTestId("first-hour").count()).toBe(1);
    expect(await doneSteps()).toEqual([]);
    expect(await page.getByRole("button", { name: "Load example data" }).count()).toBe(1);
  });

  it("describing a category and writing its outcome through the pages ticks the first two steps", async () => {
    await step("category").getByRole("link", { name: "Go to Categories" }).click();
    await page.waitForURL(`**/w/${slug}/categories`);
    await page.getByRole("button", { name: "New category" }).click();
    await page.getByLabel("Name", { exact: true }).fill("Time is money");
    await page.getByLabel("Defining need").fill("Wants the car back the same day");
    await page.getByRole("button", { name: "Create category" }).click();
    await until(() => page.getByRole("dialog").count()).toBe(0);

    await page.goto(`/w/${slug}`);
    await until(() => doneSteps()).toEqual(["first-hour-category"]);

    await step("outcome").getByRole("link", { name: "Go to Canvases" }).click();
    await page.waitForURL(`**/w/${slug}/canvases`);
    await page.getByRole("link", { name: "Time is money" }).first().click();
    await page.getByLabel("Successful Customer Outcome").fill("I get my car back fixed the day I was promised, without chasing.");
    // Saved by autosave: the server's read says so before the page is left.
    const outcomeDone = async () =>
      ((await api("query", "workspace.onboarding", {})) as { steps: { key: string; done: boolean }[] }).steps.find(
        (s) => s.key === "outcome",
      )!.done;
    await until(outcomeDone).toBe(true);

    await page.goto(`/w/${slug}`);
    await until(() => doneSteps()).toEqual(["first-hour-category", "first-hour-outcome"]);
    expect(await page.getByRole("button", { name: "Load example data" }).count()).toBe(0);
  });

  it("every “?” tip on the overview opens with Enter, names its figure, and closes with Escape", async () => {
    await api("mutation", "initiative.create", { title: "Ready text", costReduction: { low: 100_000, likely: 100_000, high: 100_000 } });
    await page.goto(`/w/${slug}`);
    const tips = page.getByRole("button", { name: /^What is / });
    await until(() => tips.count()).toBeGreaterThan(0);
    const names = await tips.evaluateAll((els) => els.map((e) => e.getAttribute("aria-label")!));
    expect(names).toEqual(["What is a triple crown?", "What is the NPV of the plan?", "What is the experience score of the plan?"]);
    for (const name of names) {
      const tip = page.getByRole("button", { name, exact: true });
      await tip.focus();
      await page.keyboard.press("Enter");
      const figure = name.replace(/^What is /, "").replace(/\?$/, "");
      const dialog = page.getByRole("dialog", { name: figure, exact: true });
      await until(() => dialog.count()).toBe(1);
      expect(await dialog.getByRole("link", { name: "How it is computed" }).count()).toBe(1);
      await page.keyboard.press("Escape");
      await until(() => dialog.count()).toBe(0);
      expect(await tip.evaluate((el) => el === document.activeElement)).toBe(true);
    }
  });

  it("the glossary explains each figure and passes axe", async () => {
    await page.goto(`/w/${slug}/glossary`);
    await until(() => page.getByRole("heading", { name: "Glossary", level: 1 }).count()).toBe(1);
    for (const term of ["Value", "Priority", "Robustness", "Hot-spot score", "Chance of top 10", "Realisation ratio"]) {
      // The term starts its entry; the formal term follows it.
      expect(
        await page
          .locator("dt")
          .filter({ hasText: new RegExp(`^${term}`) })
          .count(),
      ).toBe(1);
    }
    await expectAccessible(page);
  });
});
