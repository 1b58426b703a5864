// Issue 20: an initiative names the outcome measure it should move, from the keyboard, and the page lists it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { expectAccessible, launchBrowser, newContext } from "./support/browser";
import { signUpWithWorkspace, until, type WorkspaceApi } from "./support/own-workspace";

const stamp = Date.now().toString(36);
const person = { name: "Lena Links", email: `lena-${stamp}@example.com`, password: "lena-password" };

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

let measureId = "";
let initiativeId = "";

type Link = { measureName: string; expectedChange: number; byPeriod: { label: string } | null };

describe("outcome measures on the initiative page", () => {
  it("links a measure with an expected change typed as 1,500 from the keyboard, lists it, and passes axe", async () => {
    const category = (await api("mutation", "category.create", {
      name: "Needs the van back by Monday",
      need: "Keeps the business running",
    })) as {
      id: string;
    };
    const canvas = (await api("mutation", "canvas.create", { categoryId: category.id, title: "Van back on time" })) as { id: string };
    ({ id: measureId } = (await api("mutation", "measure.create", {
      canvasId: canvas.id,
      name: "Repeat calls",
      unit: "calls",
      direction: "lower_is_better",
      baseline: 6000,
    })) as { id: string });
    const [quarter] = (await api("mutation", "period.createQuarters", { startDate: "2027-07-01", count: 1, capacity: 10 })) as {
      label: string;
    }[];
    const initiative = (await api("mutation", "initiative.create", { title: "Fix it first time" })) as { id: string };
    initiativeId = initiative.id;
    const links = async () => ((await api("query", "initiative.get", { id: initiative.id })) as { measureLinks: Link[] }).measureLinks;

    await page.goto(`/w/${slug}/initiatives/${initiative.id}`);
    await until(() => page.getByText("No measures named yet.").count()).toBeGreaterThan(0);

    const measure = page.getByLabel("Measure", { exact: true });
    await measure.focus();
    await page.keyboard.press("ArrowDown");
    await until(() => page.getByLabel("Expected change (calls)").count()).toBe(1);
    await page.keyboard.press("Tab");
    await page.keyboard.type("-1,500");
    await until(() => page.getByText("An improvement: Repeat calls is better when lower.").count()).toBe(1);
    await page.keyboard.press("Tab");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");

    const list = page.getByRole("list", { name: "Measures it should move" });
    await until(() => list.getByRole("listitem").first().textContent()).toContain(`Expects −1,500 calls by ${quarter!.label}`);
    expect(await links()).toMatchObject([{ measureName: "Repeat calls", expectedChange: -1500, byPeriod: { label: quarter!.label } }]);
    // The form is ready for the next one, back on the measure list.
    await until(() => page.evaluate(() => document.activeElement?.id)).toBe("measure-link-measure");
    await expectAccessible(page);

    await page.getByRole("button", { name: "Remove Repeat calls" }).press("Enter");
    await until(() => page.getByText("No measures named yet.").count()).toBeGreaterThan(0);
    expect(await links()).toEqual([]);
  });

  it("after delivery shows the verdict on the initiative page and marks the finish on the measure's chart", async () => {
    type Versioned = { version: number };
    // Past quarters (values cannot be dated in the future): Q2 2026 runs to 30 Jun 2026, when Q3 starts.
    await api("mutation", "period.createQuarters", { startDate: "2026-04-01", count: 2, capacity: 10 });
    const linked = (await api("mutation", "initiative.setMeasureLinks", {
      initiativeId,
      links: [{ measureId, expectedChange: -1500 }],
    })) as Versioned;
    await api("mutation", "measure.addActual", { measureId, date: "2026-03-15", value: 6000 });
    await api("mutation", "measure.addActual", { measureId, date: "2026-08-15", value: 4500 });
    const approved = (await api("mutation", "initiative.decide", {
      id: initiativeId,
      version: linked.version,
      decision: "approve",
      reason: "Callbacks cost us most",
    })) as Versioned;
    const started = (await api("mutation", "initiative.updateProgress", {
      id: initiativeId,
      version: approved.version,
      status: "in_progress",
      startPeriod: 0,
    })) as Versioned;
    await api("mutation", "initiative.updateProgress", { id: initiativeId, version: started.version, status: "done" });

    await page.goto(`/w/${slug}/initiatives/${initiativeId}`);
    const row = page.getByRole("list", { name: "Measures it should move" }).getByRole("listitem").first();
    await until(() => row.textContent()).toContain("Delivered");
    const text = await row.textContent();
    expect(text).toContain("Before: 6,000 calls on 15 Mar 2026.");
    expect(text).toContain("After: 4,500 calls on 15 Aug 2026.");
    expect(text).toContain("Expected −1,500 calls, observed −1,500 calls (100% of the expected change).");

    const canvasId = ((await api("query", "measure.get", { id: measureId })) as { canvasId: string }).canvasId;
    await page.goto(`/w/${slug}/canvases/${canvasId}`);
    await until(() => page.getByRole("img", { name: /^Fix it first time finished in Q2 2026 \(30 Jun 2026\)$/ }).count()).toBe(1);
    await until(() => page.getByTestId("measure-finishes").textContent()).toContain("Finished: Fix it first time (30 Jun 2026)");
  });
});
