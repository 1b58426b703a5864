// Issue 21: a new workspace shows the first-hour checklist, its steps tick themselves as the person works through
// the method, every "?" tip on the overview opens and names its figure, and the glossary passes axe.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { expectAccessible, launchBrowser, newContext } from "./support/browser";
import { expectEachTipOpens } from "./support/every-page";
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
    await until(() => page.getByRole("button", { name: /^What is / }).count()).toBeGreaterThan(0);
    expect(await expectEachTipOpens(page)).toEqual([
      "What is a triple crown?",
      "What is the NPV of the plan?",
      "What is the experience score of the plan?",
      "What is a crown?",
      "What is value score?",
      "What is priority?",
      "What is NPV?",
      "What is payback?",
      "What is robustness?",
    ]);
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

  it("adding moments, a hot spot, a linked and costed initiative and a period ticks the rest; then the checklist steps aside", async () => {
    const canvas = ((await api("query", "canvas.list", {})) as { items: { id: string }[] }).items[0]!;
    await api("mutation", "moment.create", { canvasId: canvas.id, name: "Booking the repair", importance: 3, performance: 4 });
    await page.goto(`/w/${slug}`);
    await until(() => doneSteps()).toEqual(["first-hour-category", "first-hour-outcome", "first-hour-moments"]);

    const hot = (await api("mutation", "moment.create", {
      canvasId: canvas.id,
      name: "Car ready when promised",
      importance: 5,
      performance: 1,
    })) as {
      id: string;
    };
    await page.reload();
    await until(() => doneSteps()).toEqual(["first-hour-category", "first-hour-outcome", "first-hour-moments", "first-hour-hotSpot"]);

    // "Ready text" (made above) has a cost estimate; linking it to the hot spot scores it on all three crowns.
    const list = (await api("query", "initiative.list", {})) as { items: { id: string; title: string }[] };
    const ready = list.items.find((i) => i.title === "Ready text")!;
    await api("mutation", "initiative.setEffects", { initiativeId: ready.id, effects: [{ momentId: hot.id, effect: 2 }] });
    await page.reload();
    await until(() => doneSteps()).toEqual([
      "first-hour-category",
      "first-hour-outcome",
      "first-hour-moments",
      "first-hour-hotSpot",
      "first-hour-initiative",
      "first-hour-scored",
    ]);
    expect(await step("plan").getByRole("link", { name: "Go to Periods" }).count()).toBe(1);

    // The last step done, the whole checklist has served its purpose and is not shown any more.
    await api("mutation", "period.createQuarters", { startDate: "2027-01-01", count: 2, capacity: 10 });
    await page.reload();
    await page.getByRole("heading", { name: "Ranked scorecard" }).waitFor();
    await until(() => page.getByTestId("first-hour").count()).toBe(0);
  });
});

describe("a second new workspace", () => {
  it("“Load example data” fills it so the steps tick; “Hide this checklist” puts it away for good", async () => {
    const context = await newContext(browser);
    const other = await context.newPage();
    const second = await signUpWithWorkspace(other, { name: "Sam Second", email: `sam-${stamp}@example.com`, password: "sam-password" });
    await other.goto(`/w/${second.slug}`);
    const checklist = other.getByTestId("first-hour");
    await checklist.waitFor();
    await checklist.getByRole("button", { name: "Load example data" }).click();
    // The example is one category with its canvas, moments and two linked proposals: the method's first steps, done.
    await until(() => checklist.locator("li[data-done='true']").count()).toBeGreaterThanOrEqual(5);
    expect(await checklist.getByRole("button", { name: "Load example data" }).count()).toBe(0);
    await other.getByTestId("scorecard-row").first().waitFor();

    await checklist.getByRole("button", { name: "Hide this checklist" }).click();
    await until(() => other.getByTestId("first-hour").count()).toBe(0);
    await other.reload();
    await other.getByRole("heading", { name: "Ranked scorecard" }).waitFor();
    expect(await other.getByTestId("first-hour").count()).toBe(0);
    await context.close();
  });
});
