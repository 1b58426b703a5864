// Issue 14, point 1: numbers typed the way the app writes them ("12,000") are saved as what they say, and a
// number that could mean two things ("12,5") is refused with a message and never sent.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchBrowser, newContext } from "./support/browser";
import { signUpWithWorkspace, until, type WorkspaceApi } from "./support/own-workspace";
import { expectAllSaved } from "./support/people";

const stamp = Date.now().toString(36);
const person = { name: "Nina Numbers", email: `nina-${stamp}@example.com`, password: "nina-password" };
const CATEGORY = "Needs the van back by Monday";

let browser: Browser;
let page: Page;
let slug = "";
let api: WorkspaceApi;

const categorySize = async () =>
  (((await api("query", "category.list", {})) as { items: unknown[] }).items as { name: string; size: number | null }[]).find(
    (c) => c.name === CATEGORY,
  )?.size;

beforeAll(async () => {
  browser = await launchBrowser();
  const context = await newContext(browser);
  page = await context.newPage();
  ({ slug, api } = await signUpWithWorkspace(page, person));
});
afterAll(async () => {
  await browser?.close();
});

describe("typing numbers as the app shows them", () => {
  it("saves a category size of 12,000 as 12000 and refuses 12,5", async () => {
    await page.goto(`/w/${slug}/categories`);
    await page.getByRole("button", { name: "New category" }).first().click();
    const dialog = page.getByRole("dialog", { name: "New customer category" });
    await dialog.getByLabel("Name").fill(CATEGORY);
    await dialog.getByLabel("Defining need").fill("Cannot run the business while the van is in the workshop.");
    await dialog.getByLabel("Size (customers)").fill("12,000");
    await dialog.getByRole("button", { name: "Create category" }).click();
    await until(() => page.getByTestId("category-saved").textContent()).toContain(`“${CATEGORY}” is saved.`);
    expect(await categorySize()).toBe(12000);

    await page.getByRole("button", { name: `Edit ${CATEGORY}` }).click();
    const edit = page.getByRole("dialog", { name: `Edit “${CATEGORY}”` });
    await edit.getByLabel("Size (customers)").fill("12,5");
    await until(() => edit.getByText(/Use a point for decimals: 12\.5/).count()).toBeGreaterThan(0);
    await edit.getByRole("button", { name: "Save category" }).click();
    await until(() => edit.getByRole("alert").filter({ hasText: "Use a point for decimals: 12.5" }).count()).toBeGreaterThan(0);
    expect(await edit.isVisible()).toBe(true);
    expect(await categorySize()).toBe(12000);
    await edit.getByRole("button", { name: "Cancel" }).click();
  });

  it("saves a moment's volume cell of 4,500 as 4500 and refuses 4,5", async () => {
    const canvas = ((await api("query", "canvas.list", {})) as { items: { id: string }[] }).items[0]!;
    const moment = (await api("mutation", "moment.create", {
      canvasId: canvas.id,
      name: "Van ready on time",
      importance: 5,
      performance: 2,
      volumePerYear: 3000,
      costPerInteraction: 4,
    })) as { id: string };
    const volume = async () => ((await api("query", "moment.get", { id: moment.id })) as { volumePerYear: number }).volumePerYear;
    await page.goto(`/w/${slug}/canvases/${canvas.id}`);
    const cell = page.getByRole("textbox", { name: "Volume per year of Van ready on time" });
    await until(() => cell.inputValue()).toBe("3,000");
    await cell.fill("4,500");
    await cell.press("Enter");
    await until(volume).toBe(4500);
    await until(() => cell.inputValue()).toBe("4,500");

    await cell.fill("4,5");
    await until(() => page.getByText(/Use a point for decimals: 4\.5/).count()).toBeGreaterThan(0);
    await cell.press("Enter");
    await page.waitForLoadState("networkidle");
    expect(await volume()).toBe(4500);
  });

  it("saves initiative estimates of 20,000 / 45,000 / 80,000 as typed and refuses 45,5", async () => {
    const created = (await api("mutation", "initiative.create", { title: "Text customers when the van is ready" })) as { id: string };
    const costs = async () => ((await api("query", "initiative.get", { id: created.id })) as { costReduction: unknown }).costReduction;
    await page.goto(`/w/${slug}/initiatives/${created.id}`);
    await page.getByLabel("Cost reduction, high (EUR per year)").fill("80,000");
    await page.getByLabel("Cost reduction, likely (EUR per year)").fill("45,000");
    await page.getByLabel("Cost reduction, low (EUR per year)").fill("20,000");
    await expectAllSaved(page);
    await until(costs).toEqual({ low: 20000, likely: 45000, high: 80000 });

    await page.getByLabel("Cost reduction, likely (EUR per year)").fill("45,5");
    await until(() => page.getByText(/Use a point for decimals: 45\.5/).count()).toBeGreaterThan(0);
    await page.waitForTimeout(2_000);
    expect(await costs()).toEqual({ low: 20000, likely: 45000, high: 80000 });
  });

  // Issue 14, point 6: a dialog opens on its first field, Enter submits rather than closes, and an error goes
  // away as soon as its field is filled in.
  it("opens a dialog on its first field, submits on Enter and clears a field's error once it is filled", async () => {
    await page.goto(`/w/${slug}/categories`);
    await page.getByRole("button", { name: "New category" }).first().click();
    const dialog = page.getByRole("dialog", { name: "New customer category" });
    await until(() =>
      page.evaluate(() => document.activeElement?.getAttribute("name") ?? document.activeElement?.getAttribute("aria-label")),
    ).toBe("name");

    await page.keyboard.type("Wants a courtesy car");
    await page.keyboard.press("Enter");
    const needError = dialog.getByRole("alert").filter({ hasText: "Say what these customers need" });
    await until(() => needError.count()).toBe(1);
    expect(await dialog.isVisible()).toBe(true);
    expect(await dialog.getByLabel("Name").inputValue()).toBe("Wants a courtesy car");

    await dialog.getByLabel("Defining need").fill("Cannot get to work without a car while theirs is repaired.");
    await until(() => needError.count()).toBe(0);
    expect(await dialog.getByLabel("Defining need").getAttribute("aria-invalid")).toBeNull();
    await dialog.getByRole("button", { name: "Cancel" }).click();

    await page.goto(`/w/${slug}/initiatives`);
    await page.getByRole("button", { name: "New initiative" }).first().click();
    await until(() => page.evaluate(() => document.activeElement?.getAttribute("name"))).toBe("title");
  });
});
