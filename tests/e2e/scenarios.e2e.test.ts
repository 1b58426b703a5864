// Issue 19, scenarios: an admin writes what-if versions of the plan on
// /w/<slug>/roadmap/scenarios. Numbers are typed the way the app shows them,
// a refusal is shown at its field with nothing typed lost, and the list says
// in one line what each scenario changes.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { expectAccessible, launchBrowser, newContext } from "./support/browser";
import { signUpWithWorkspace, until, type WorkspaceApi } from "./support/own-workspace";

const stamp = Date.now().toString(36);
const person = { name: "Sam Scenario", email: `sam-${stamp}@example.com`, password: "sam-password" };

let browser: Browser;
let page: Page;
let slug = "";
let api: WorkspaceApi;

type Saved = { id: string; name: string; capacities: { periodId: string; capacity: number }[]; forceIn: string[]; forceOut: string[] };
const scenarios = async () => (await api("query", "scenario.list", {})) as { id: string; name: string }[];
const scenarioNamed = async (name: string) => {
  const found = (await scenarios()).find((s) => s.name === name);
  return found ? ((await api("query", "scenario.get", { id: found.id })) as Saved) : null;
};

let quarters: { id: string; label: string }[] = [];
let alpha = "";
let beta = "";

beforeAll(async () => {
  browser = await launchBrowser();
  const context = await newContext(browser);
  page = await context.newPage();
  ({ slug, api } = await signUpWithWorkspace(page, person));
  quarters = (await api("mutation", "period.createQuarters", { startDate: "2026-07-01", count: 4, capacity: 10 })) as typeof quarters;
  alpha = ((await api("mutation", "initiative.create", { title: "Alpha self-service booking" })) as { id: string }).id;
  beta = ((await api("mutation", "initiative.create", { title: "Beta courtesy cars" })) as { id: string }).id;
});
afterAll(async () => {
  await browser?.close();
});

describe("plan scenarios", () => {
  it("explains what a scenario is before there is one", async () => {
    await page.goto(`/w/${slug}/roadmap/scenarios`);
    await until(() => page.getByRole("heading", { name: "No scenarios yet" }).count()).toBe(1);
    expect(await page.getByText(/A scenario is a named “what if” for the roadmap/).count()).toBe(1);
    expect(await page.getByTestId("scenario-compare").count()).toBe(1);
    await expectAccessible(page);
  });

  it("creates a scenario with a capacity typed as 1,500 and an initiative forced in from the keyboard", async () => {
    await page.getByRole("button", { name: "New scenario" }).click();
    const dialog = page.getByRole("dialog", { name: "New scenario" });
    await until(() => page.evaluate(() => document.activeElement?.getAttribute("name"))).toBe("name");
    await page.keyboard.type("Q3 push");
    await dialog.getByLabel("Description").fill("Two more people from Q3");
    await dialog.getByRole("textbox", { name: "Capacity of Q3 2026 in this scenario" }).fill("1,500");
    const search = dialog.getByRole("searchbox", { name: "Add to forced in" });
    await search.fill("Alpha");
    await until(() => dialog.getByRole("button", { name: "Add to forced in: Alpha self-service booking" }).count()).toBe(1);
    await search.press("Enter");
    await until(() => dialog.getByRole("list", { name: "Forced in", exact: true }).textContent()).toContain("Alpha self-service booking");
    await expectAccessible(page);
    await dialog.getByRole("button", { name: "Create scenario" }).click();

    await until(() => page.getByRole("status").filter({ hasText: "“Q3 push” saved." }).count()).toBe(1);
    await until(() => page.getByTestId("scenario-summary").first().textContent()).toBe("Q3 2026 capacity 10 → 1,500; 1 forced in");
    const saved = await scenarioNamed("Q3 push");
    expect(saved).toMatchObject({ capacities: [{ periodId: quarters[0]!.id, capacity: 1500 }], forceIn: [alpha], forceOut: [] });
  });

  it("shows the server's refusal at the field and keeps everything typed", async () => {
    await page.getByRole("button", { name: "New scenario" }).click();
    const dialog = page.getByRole("dialog", { name: "New scenario" });
    await dialog.getByLabel("Name").fill("q3 PUSH");
    const q4 = dialog.getByRole("textbox", { name: "Capacity of Q4 2026 in this scenario" });
    await q4.fill("2,000");
    await dialog.getByRole("searchbox", { name: "Add to forced out" }).fill("Beta");
    await dialog.getByRole("button", { name: "Add to forced out: Beta courtesy cars" }).click();
    await dialog.getByRole("button", { name: "Create scenario" }).click();

    await until(() => dialog.getByText("A scenario called “Q3 push” already exists: choose another name").count()).toBe(1);
    expect(await dialog.getByLabel("Name").getAttribute("aria-invalid")).toBe("true");
    expect(await q4.inputValue()).toBe("2,000");
    expect(await dialog.getByRole("list", { name: "Forced out", exact: true }).textContent()).toContain("Beta courtesy cars");

    await dialog.getByLabel("Name").fill("Lean Q4");
    await until(() => dialog.getByText(/already exists/).count()).toBe(0);
    await dialog.getByRole("button", { name: "Create scenario" }).click();
    await until(() => page.getByRole("status").filter({ hasText: "“Lean Q4” saved." }).count()).toBe(1);
    expect(await scenarioNamed("Lean Q4")).toMatchObject({ capacities: [{ periodId: quarters[1]!.id, capacity: 2000 }], forceOut: [beta] });
  });

  it("edits a scenario: a reset period goes back to its own capacity", async () => {
    await page.getByRole("button", { name: "Edit Q3 push" }).click();
    const dialog = page.getByRole("dialog", { name: "Edit “Q3 push”" });
    const q3 = dialog.getByRole("textbox", { name: "Capacity of Q3 2026 in this scenario" });
    await until(() => q3.inputValue()).toBe("1,500");
    await dialog.getByRole("button", { name: "Reset Q3 2026 to its own capacity" }).click();
    expect(await q3.inputValue()).toBe("");
    await dialog.getByRole("button", { name: "Remove Alpha self-service booking from forced in" }).click();
    await dialog.getByRole("button", { name: "Save scenario" }).click();
    await until(() => page.getByRole("status").filter({ hasText: "“Q3 push” saved." }).count()).toBe(1);
    expect(await scenarioNamed("Q3 push")).toMatchObject({ capacities: [], forceIn: [] });
    await until(() => page.getByTestId("scenario-row").filter({ hasText: "Q3 push" }).getByTestId("scenario-summary").textContent()).toBe(
      "No changes yet: plans exactly as the workspace stands",
    );
  });

  it("duplicates and deletes, asking first", async () => {
    await page.getByRole("button", { name: "Duplicate Lean Q4" }).click();
    const copy = page.getByRole("dialog", { name: "Duplicate “Lean Q4”" });
    expect(await copy.getByLabel("Name of the copy").inputValue()).toBe("Lean Q4 (copy)");
    await copy.getByRole("button", { name: "Duplicate" }).click();
    await until(async () => (await scenarios()).map((s) => s.name)).toEqual(["Lean Q4", "Lean Q4 (copy)", "Q3 push"]);

    await page.getByRole("button", { name: "Delete Lean Q4 (copy)" }).click();
    const confirm = page.getByRole("dialog", { name: "Delete “Lean Q4 (copy)”?" });
    await confirm.getByRole("button", { name: "Delete scenario" }).click();
    await until(async () => (await scenarios()).map((s) => s.name)).toEqual(["Lean Q4", "Q3 push"]);
    await until(() => page.getByTestId("scenario-row").count()).toBe(2);
  });
});
