// Issue 20: evidence-weighted confidence and the decision log, on a workspace of one's own.
// Hand-worked (docs/scoring.md §2, §10.4; default model, no effect links): a likely cost reduction of
// 1,000,000 gives s_C = 10 and valueScore = 30 × confidence, one crown (cost), rank 1 of 1.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { expectAccessible, launchBrowser, newContext, screenshot } from "./support/browser";
import { signUpWithWorkspace, until, type WorkspaceApi } from "./support/own-workspace";

const stamp = Date.now().toString(36);
const person = { name: "Dana Decider", email: `dana-${stamp}@example.com`, password: "dana-password" };
const TITLE = "Same-day repair";
let browser: Browser;
let page: Page;
let slug = "";
let api: WorkspaceApi;
let initiativeId = "";

beforeAll(async () => {
  browser = await launchBrowser();
  const context = await newContext(browser);
  page = await context.newPage();
  ({ slug, api } = await signUpWithWorkspace(page, person));
  const created = (await api("mutation", "initiative.create", {
    title: TITLE,
    costReduction: { low: 1_000_000, likely: 1_000_000, high: 1_000_000 },
    effort: 5,
    confidence: 0.8,
  })) as { id: string };
  initiativeId = created.id;
  await api("mutation", "initiative.addAssumption", {
    initiativeId,
    text: "Customers answer the call-back",
    status: "validated",
    critical: true,
  });
  await api("mutation", "initiative.addAssumption", { initiativeId, text: "Parts arrive the same day" });
  const model = (await api("query", "scoringModel.get", {})) as Record<string, unknown> & { number: number };
  const { weights, materialAmount, revenueMargin, discountRate, horizonYears, crownThreshold } = model;
  await api("mutation", "scoringModel.update", {
    weights,
    materialAmount,
    revenueMargin,
    discountRate,
    horizonYears,
    crownThreshold,
    confidenceFromEvidence: true,
    version: model.number,
  });
});
afterAll(async () => {
  await browser?.close();
});

describe("evidence and the decision log on the initiative page", () => {
  it("the evidence of an assumption moves the confidence; an approval is logged with the figures of that moment", async () => {
    await page.goto(`/w/${slug}/initiatives/${initiativeId}`);
    const log = page.getByRole("region", { name: "Decision log" });
    await until(() => log.getByText("No decision recorded yet.").count()).toBe(1);

    // Validated on an opinion (critical, 0.625 × 2) and one untested (0.5): (1.25 + 0.5) / 3 = 0.58.
    const source = page.getByTestId("confidence-source");
    await until(() => source.textContent()).toBe("Confidence 0.58 from 2 assumptions and risks (evidence)");
    expect(await page.getByTestId("confidence-from-evidence").isVisible()).toBe(true);
    // Validated by a test instead: (2 × 0.875 + 0.5) / 3 = 0.75, value 30 × 0.75 = 22.5.
    const evidence = page.getByLabel("Evidence for “Customers answer the call-back”");
    await evidence.focus();
    await evidence.selectOption("test");
    await until(() => source.textContent()).toBe("Confidence 0.75 from 2 assumptions and risks (evidence)");
    await until(() => page.getByTestId("value-score").textContent()).toBe("22.5");

    await page.getByRole("button", { name: "Approve", exact: true }).click();
    await page.getByLabel(/Why approve/).fill("A test showed customers answer; parts are local.");
    await page.getByRole("button", { name: "Confirm: Approve" }).click();

    const entry = log.getByRole("listitem");
    await until(() => entry.count()).toBe(1);
    expect(await entry.textContent()).toMatch(
      /^Approved on \d{1,2} [A-Z][a-z]{2} \d{4} by Dana Decider — ‘A test showed customers answer; parts are local\.’Expected then/,
    );
    expect(await entry.textContent()).toContain(
      "Expected then: value +22.5 (rank 1 of 1, 1 crown), cost reduction €1,000,000 a year, revenue growth €0 a year, investment €0; confidence 0.75 from 2 assumptions and risks (scoring model v2).",
    );
    await page.waitForLoadState("networkidle");
    await expectAccessible(page);
    await screenshot(page, "initiative-decision-log");
  });
});
