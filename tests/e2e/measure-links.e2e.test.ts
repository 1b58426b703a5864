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
    await api("mutation", "measure.create", {
      canvasId: canvas.id,
      name: "Repeat calls",
      unit: "calls",
      direction: "lower_is_better",
      baseline: 6000,
    });
    const [quarter] = (await api("mutation", "period.createQuarters", { startDate: "2027-07-01", count: 1, capacity: 10 })) as {
      label: string;
    }[];
    const initiative = (await api("mutation", "initiative.create", { title: "Fix it first time" })) as { id: string };
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
});
