// Issue 19: the optimal plan beside the greedy one, adopted and undone, and two
// scenarios compared. The browser tests' clock is 2026-08-15, so of quarters
// from 2026-07-01 the first, Q3 2026, contains today.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { DEMO, expectAccessible, launchBrowser, newContext, screenshot, signIn } from "./support/browser";
import { signUpWithWorkspace, until, type WorkspaceApi } from "./support/own-workspace";

const stamp = Date.now().toString(36);
const person = { name: "Olive Optimal", email: `olive-${stamp}@example.com`, password: "olive-password" };
let browser: Browser;
let page: Page;
let slug = "";
let api: WorkspaceApi;

/*
 * The hand-worked portfolio (default model, no effect links, confidence 1:
 * valueScore = 30 × cost / 1,000,000): Big 30 (effort 8, priority 3.75),
 * Small A and Small B 18 each (effort 5, priority 3.6), capacity 10 a quarter,
 * one quarter. Greedy takes Big (30); the optimum is A + B (36): +6, 20%.
 */
const cost = (amount: number) => ({ low: amount, likely: amount, high: amount });
let quarter = "";

beforeAll(async () => {
  browser = await launchBrowser();
  const context = await newContext(browser);
  page = await context.newPage();
  ({ slug, api } = await signUpWithWorkspace(page, person));
  const quarters = (await api("mutation", "period.createQuarters", { startDate: "2026-07-01", count: 1, capacity: 10 })) as {
    id: string;
  }[];
  quarter = quarters[0]!.id;
  for (const [title, amount, effort] of [
    ["Big", 1_000_000, 8],
    ["Small A", 600_000, 5],
    ["Small B", 600_000, 5],
  ] as const) {
    await api("mutation", "initiative.create", { title, costReduction: cost(amount), effort, confidence: 1 });
  }
});
afterAll(async () => {
  await browser?.close();
});

describe("the optimal plan", () => {
  it("on the demo workspace: switch to Optimal, see the gain, the proven gap and why an initiative is left out", async () => {
    const context = await newContext(browser);
    const demo = await context.newPage();
    await signIn(demo, DEMO.email, DEMO.password);
    await demo.goto(`/w/${DEMO.slug}/roadmap`);
    await demo
      .getByRole("navigation", { name: "Plan" })
      .getByRole("link", { name: /Optimal/ })
      .click();
    await until(() => demo.url()).toContain("plan=optimal");
    await until(() => demo.getByTestId("optimal-summary").count()).toBe(1);
    expect(await demo.getByTestId("optimal-gain").textContent()).toMatch(/greedy plan/);
    expect(await demo.getByTestId("optimal-gap").textContent()).toMatch(/This plan is (optimal|within)/);
    const leftOut = demo.getByTestId("left-out-item");
    expect(await leftOut.count()).toBeGreaterThan(0);
    expect(await leftOut.first().textContent()).toMatch(/not above 0|full: it needs|Needs “/);
    await demo.waitForLoadState("networkidle");
    await expectAccessible(demo);
    await screenshot(demo, "roadmap-optimal-demo");
    await context.close();
  });

  it("finds the two small initiatives worth more than the big one greedy takes, says what binds it, and adopts with undo", async () => {
    await page.goto(`/w/${slug}/roadmap?plan=optimal`);
    await until(() => page.getByTestId("optimal-gain").textContent()).toContain("6 (20%) more value than the greedy plan");
    expect(await page.getByTestId("optimal-gap").textContent()).toContain("optimal: no plan that fits is worth more");
    const big = page.getByTestId("left-out-item").filter({ hasText: "Big" });
    expect(await big.textContent()).toContain("Q3 2026 is full: it needs 8 effort, 0 left.");
    expect(await page.getByTestId("optimal-changes").textContent()).toContain("Big — left out (the greedy plan had it in Q3 2026)");
    await expectAccessible(page);
    await screenshot(page, "roadmap-optimal");

    // Fixed estimates: every sample is the same portfolio, so A and B are always in and Big never.
    await page.getByRole("button", { name: "Check robustness" }).click();
    await until(() => page.getByTestId("robustness-counts").textContent()).toContain(
      "2 in the plan in 90% of samples or more, 1 in 10% or fewer, 0 borderline",
    );

    await page.getByRole("button", { name: "Adopt this plan" }).click();
    const dialog = page.getByRole("dialog", { name: "Adopt the optimal plan?" });
    expect(await dialog.textContent()).toContain("2 initiatives will be pinned, and 2 proposals approved on the way");
    await dialog.getByRole("button", { name: "Adopt and pin 2" }).click();
    await until(() => page.getByRole("status").filter({ hasText: "Pinned 2 initiatives" }).count()).toBe(1);
    // The greedy roadmap now follows it: both small ones pinned in Q3 2026, Big left out.
    await page
      .getByRole("navigation", { name: "Plan" })
      .getByRole("link", { name: /Greedy/ })
      .click();
    await until(() =>
      page.getByTestId("roadmap-row").evaluateAll((rows) => rows.map((r) => r.textContent ?? "").filter((t) => t.includes("Small")).length),
    ).toBe(2);

    await page.goto(`/w/${slug}/roadmap?plan=optimal`);
    await page.getByRole("button", { name: "Undo adoption" }).click();
    await until(() => page.getByRole("status").filter({ hasText: "Put back 2 initiatives as they were." }).count()).toBe(1);
  });

  it("compares two scenarios side by side: value, crowns, NPV and what moves", async () => {
    await api("mutation", "scenario.create", { name: "Bigger team", capacities: [{ periodId: quarter, capacity: 20 }] });
    await api("mutation", "scenario.create", { name: "Lean quarter", capacities: [{ periodId: quarter, capacity: 8 }] });
    await page.goto(`/w/${slug}/roadmap/scenarios`);
    const compare = page.getByTestId("scenario-compare");
    await compare.getByLabel("Plan A").selectOption({ label: "Lean quarter — optimal" });
    await compare.getByLabel("Plan B").selectOption({ label: "Bigger team — optimal" });
    // Lean: only Big fits (8), value 30; bigger: all three, 66.
    await until(() => compare.locator("thead").textContent()).toContain("A: Lean quarter");
    await until(() => compare.locator("tr", { hasText: "Value planned" }).first().textContent()).toBe("Value planned3066");
    expect(await compare.getByTestId("plan-moves").textContent()).toContain("Small A — only in B (Q3 2026)");
    await expectAccessible(page);
    await screenshot(page, "scenarios-compare");
  });
});
