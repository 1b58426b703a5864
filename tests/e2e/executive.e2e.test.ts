import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import path from "node:path";
import { DEMO, expectAccessible, launchBrowser, newContext, screenshot, SCREENSHOTS, signIn } from "./support/browser";
import { seedBigWorkspace } from "./support/big-workspace";

const PHONE = { width: 390, height: 844 };
const EXEC = "exec@triplecrown.local";
const TRACKER = "tracker@triplecrown.local";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** "+21.33", "−1.20" (real minus sign), "0.00" → a number. */
function signed(text: string | null): number {
  return Number((text ?? "").trim().replace("−", "-").replace("+", ""));
}

/** "€1,234,567" / "−€15,000" / "€15.2k" / "€2.48m" → 1234567 / −15000 / 15200 / 2480000. */
function money(text: string | null): number {
  const t = (text ?? "").trim();
  const scale = /bn$/i.test(t) ? 1e9 : /m$/i.test(t) ? 1e6 : /k$/i.test(t) ? 1e3 : 1;
  const n = Number(t.replace(/[^\d.]/g, "")) * scale;
  return t.startsWith("−") || t.startsWith("-") ? -n : n;
}

async function heading(page: Page, text: string) {
  await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent(), { timeout: 15_000 }).toBe(text);
}

async function topTitles(page: Page, n: number): Promise<string[]> {
  const rows = page.getByTestId("scorecard-row");
  await rows.first().waitFor();
  return (await rows.locator("td:nth-child(2) a").allTextContents()).slice(0, n);
}

/** The page as it prints (A4 landscape): print media, and the app's own print mode that renders every row. */
async function printShot(page: Page, name: string) {
  await page.setViewportSize({ width: 1123, height: 794 });
  await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
  await page.emulateMedia({ media: "print" });
  await screenshot(page, name);
  expect(await page.getByRole("navigation", { name: "Workspace" }).isVisible()).toBe(false);
  await page.emulateMedia({ media: "screen" });
  await page.evaluate(() => window.dispatchEvent(new Event("afterprint")));
  await page.setViewportSize({ width: 1440, height: 900 });
}

async function phoneShots(path: string, name: string, email = DEMO.email) {
  const context = await newContext(browser, PHONE);
  const page = await context.newPage();
  await signIn(page, email, DEMO.password);
  await page.goto(path);
  await page.getByRole("heading", { level: 1 }).waitFor();
  await page.waitForLoadState("networkidle");
  await screenshot(page, name);
  await context.close();
}

describe("executive scorecard and team roadmap", () => {
  it("an executive reads the breakdown of the top initiative, approves a proposal, and sees it on the roadmap", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, EXEC, DEMO.password);
    await page.goto(`/w/${DEMO.slug}`);
    await heading(page, "Overview");
    await page.getByRole("heading", { name: "Ranked scorecard" }).waitFor();
    await page.getByTestId("scorecard-row").first().waitFor();
    expect(await page.getByText("Triple crowns", { exact: true }).isVisible()).toBe(true);

    // The top row's breakdown: the three parts add up to its value score.
    const top = page.getByTestId("scorecard-row").first();
    expect(await top.getAttribute("data-rank")).toBe("1");
    const why = top.getByRole("button", { name: /^Why/ });
    expect(await why.getAttribute("aria-expanded")).toBe("false");
    await why.click();
    expect(await why.getAttribute("aria-expanded")).toBe("true");
    const breakdown = page.getByTestId("breakdown").first();
    await breakdown.waitFor();
    const parts = await Promise.all(["experience", "cost", "revenue"].map((c) => breakdown.getByTestId(`part-${c}`).textContent()));
    const value = signed(await breakdown.getByTestId("breakdown-value-score").textContent());
    const sum = parts.map(signed).reduce((a, b) => a + b, 0);
    expect(Math.abs(sum - value)).toBeLessThanOrEqual(0.015 * 3);
    expect(value).toBeGreaterThan(0);
    // The row shows the same value score, to one decimal.
    expect(Math.abs(signed(await top.locator("td").nth(3).textContent()) - value)).toBeLessThanOrEqual(0.05);
    await breakdown.getByText("Experience, moment by moment").waitFor();
    await breakdown.getByRole("heading", { name: /Comments/ }).waitFor();
    await page.waitForLoadState("networkidle");
    await expectAccessible(page);
    await screenshot(page, "scorecard-breakdown");

    // Approve a proposal with a reason.
    const title = "Technician call-back within one working day";
    await page.getByRole("button", { name: `Decide on ${title}` }).click();
    const dialog = page.getByRole("dialog", { name: "Approve or reject" });
    await dialog.waitFor();
    // Said before any click: the reason is optional to approve and required to reject.
    expect(await dialog.getByText("(optional to approve, required to reject)").isVisible()).toBe(true);
    await dialog.getByRole("button", { name: "Reject" }).click();
    await dialog.getByText("Say why you reject or stop it").waitFor();
    await dialog.getByLabel(/^Reason/).fill("Cheap to try; enthusiasts ask for it in every survey.");
    await expectAccessible(page);
    await dialog.getByRole("button", { name: "Approve" }).click();
    await dialog.waitFor({ state: "hidden" });
    const row = page.getByTestId("scorecard-row").filter({ hasText: title });
    await expect.poll(() => row.getByText("Approved", { exact: true }).isVisible()).toBe(true);
    await page.getByRole("button", { name: /^Why/ }).first().click(); // close the breakdown for a clean screenshot

    // Uncertainty: run the simulation, see a progress indicator or the ranges.
    await page.getByRole("button", { name: "Run the simulation" }).click();
    await page.getByTestId("uncertainty-row").first().waitFor({ timeout: 30_000 });
    expect(await page.getByTestId("uncertainty-row").count()).toBe(15);
    // Ranges and the chance of a top-10 place are on the one measure the ranking uses, named in the heading.
    expect(await page.getByRole("columnheader", { name: /Priority \(value for effort, the ranking measure\)/ }).isVisible()).toBe(true);
    expect(await page.getByRole("columnheader", { name: /^Chance of top 10/ }).isVisible()).toBe(true);
    expect(await page.getByText("Experience estimates and effort are point values").isVisible()).toBe(true);
    await screenshot(page, "scorecard-overview");
    await printShot(page, "scorecard-print");

    // The roadmap shows it, approved, in the plan or with the reason it did not fit.
    await page.getByRole("navigation", { name: "Workspace" }).getByRole("link", { name: "Roadmap" }).click();
    await heading(page, "Roadmap");
    await page.getByLabel("Department").selectOption("Service");
    const onPlan = page.getByTestId("roadmap-row").filter({ hasText: title });
    const off = page.getByTestId("unscheduled-row").filter({ hasText: title });
    await expect.poll(async () => (await onPlan.count()) + (await off.count())).toBe(1);
    const shown = (await onPlan.count()) ? onPlan : off;
    expect(await shown.getByText("Approved", { exact: true }).isVisible()).toBe(true);
    await page.getByLabel("Department").selectOption("");
    await page.waitForLoadState("networkidle");
    await expectAccessible(page);
    await screenshot(page, "roadmap");
    await printShot(page, "roadmap-print");
    await context.close();
  });

  it("on a 1280-pixel laptop screen the ranked scorecard and the initiatives list fit: no scrolling sideways to reach Why or Decide", async () => {
    const context = await newContext(browser, { width: 1280, height: 800 });
    const page = await context.newPage();
    await signIn(page, EXEC, DEMO.password);
    await page.goto(`/w/${DEMO.slug}`);
    const table = page.getByRole("table", { name: "Ranked scorecard" });
    await table.getByTestId("scorecard-row").first().waitFor();
    const [visibleWidth, tableWidth] = await table.evaluate((t) => [t.parentElement!.clientWidth, t.scrollWidth]);
    expect(tableWidth).toBeLessThanOrEqual(visibleWidth);
    const box = await table.evaluate((t) => t.parentElement!.getBoundingClientRect().right);
    const decide = await table
      .getByRole("button", { name: /^Decide on / })
      .first()
      .boundingBox();
    expect(decide).not.toBeNull();
    expect(decide!.x + decide!.width).toBeLessThanOrEqual(box);

    await page.goto(`/w/${DEMO.slug}/initiatives`);
    const list = page.getByRole("table", { name: /^Initiatives, sorted by/ });
    await list.locator("tbody tr").first().waitFor();
    const [listVisible, listWidth] = await list.evaluate((t) => [t.parentElement!.clientWidth, t.scrollWidth]);
    expect(listWidth).toBeLessThanOrEqual(listVisible);
    await context.close();
  });

  it("a tracker finishes an initiative and records its result; plan vs realised updates", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, TRACKER, DEMO.password);
    await page.goto(`/w/${DEMO.slug}/roadmap`);
    await heading(page, "Roadmap");
    const title = "Video health check before any extra work";
    await page.getByLabel("Department").selectOption("Service");
    await page.getByRole("button", { name: `Update ${title}` }).click();
    const dialog = page.getByRole("dialog", { name: "Update on the roadmap" });
    await dialog.waitFor();
    await expectAccessible(page);
    await screenshot(page, "roadmap-update");
    await dialog.getByRole("button", { name: "Mark done" }).click();
    await dialog.waitFor({ state: "hidden" });
    // Done work leaves the plan.
    await expect.poll(() => page.getByTestId("roadmap-row").filter({ hasText: title }).count()).toBe(0);

    await page.getByRole("navigation", { name: "Roadmap views" }).getByRole("link", { name: "Plan vs realised" }).click();
    await heading(page, "Plan vs realised");
    const row = page.getByTestId("result-row").filter({ hasText: title });
    await row.getByText("Done", { exact: true }).waitFor();
    const totalCost = page.getByTestId("total-cost-reduction").getByTestId("realised");
    const before = money(await totalCost.textContent());
    const rowBefore = money(await row.getByTestId("realised-cost").textContent());

    await row.getByRole("button", { name: `Record result for ${title}` }).click();
    const record = page.getByRole("dialog", { name: "Record a realised result" });
    await record.getByLabel("Period").waitFor();
    await record.getByLabel("Period").selectOption({ label: "Q3 2026" });
    await record.getByLabel(/Cost reduction realised/).fill("15000");
    await record.getByLabel(/Revenue growth realised/).fill("42000");
    await record.getByLabel("Note").fill("First full quarter with videos on every job.");
    await expectAccessible(page);
    await record.getByRole("button", { name: "Record result" }).click();
    await record.waitFor({ state: "hidden" });
    await expect.poll(async () => money(await totalCost.textContent())).toBe(before + 15_000);
    expect(money(await row.getByTestId("realised-cost").textContent())).toBeGreaterThanOrEqual(rowBefore + 15_000);
    await page.waitForLoadState("networkidle");
    await expectAccessible(page);
    await screenshot(page, "plan-vs-realised");
    await context.close();
  });

  it("an admin changes the weights, sees the preview, saves, and the ranking changes", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, DEMO.email, DEMO.password);
    await page.goto(`/w/${DEMO.slug}`);
    await heading(page, "Overview");
    const before = await topTitles(page, 10);

    await page.goto(`/w/${DEMO.slug}/settings`);
    await page.getByRole("link", { name: /Scoring model/ }).click();
    await heading(page, "Scoring model");
    const cost = page.getByLabel("Cost weight");
    await cost.focus();
    for (let k = 0; k < 40; k++) await cost.press("ArrowRight");
    await expect.poll(() => page.getByTestId("weight-cost").textContent()).toBe("70");
    // The other two share the remaining 30 in proportion 40:30.
    expect(await page.getByTestId("weight-experience").textContent()).toBe("17");
    expect(await page.getByTestId("weight-revenue").textContent()).toBe("13");
    await expect.poll(() => page.getByTestId("preview-summary").textContent(), { timeout: 10_000 }).toMatch(/would change place/);
    expect(await page.getByTestId("preview-movers").getByRole("row").count()).toBeGreaterThan(0);
    await page.waitForLoadState("networkidle");
    await expectAccessible(page);
    await screenshot(page, "scoring-model");

    await page.getByLabel("Note for the history").fill("Board pack: weigh cost savings more this year.");
    await page.getByRole("button", { name: "Save as version 2" }).click();
    await page.getByText("Saved as version 2").waitFor();
    await page.getByTestId("model-history").getByText("Board pack: weigh cost savings more this year.").waitFor();

    await page.goto(`/w/${DEMO.slug}`);
    await heading(page, "Overview");
    const after = await topTitles(page, 10);
    expect(after).not.toEqual(before);

    // Periods and capacity: edit a capacity in place.
    await page.goto(`/w/${DEMO.slug}/settings/periods`);
    await heading(page, "Periods and capacity");
    const capacity = page.getByLabel("Capacity of Q4 2027");
    await capacity.fill("48");
    await capacity.press("Enter");
    await page.getByTestId("period-row").filter({ hasText: "Q4 2027" }).getByText("Saved").waitFor();
    await expectAccessible(page);
    await screenshot(page, "settings-periods");

    // Pin an approved initiative to a later quarter: the plan recomputes and its bar moves there.
    await page.goto(`/w/${DEMO.slug}/roadmap`);
    await heading(page, "Roadmap");
    const pinned = "Quote-approval record for every job";
    const pinRow = page.getByTestId("roadmap-row").filter({ hasText: pinned });
    await pinRow.getByRole("button", { name: `Update ${pinned}` }).click();
    const update = page.getByRole("dialog", { name: "Update on the roadmap" });
    await update.getByLabel("Start in").selectOption({ label: "Q4 2026" });
    await update.getByRole("button", { name: "Save pin" }).click();
    await update.waitFor({ state: "hidden" });
    await expect.poll(() => pinRow.getByTestId("plan-bar").textContent()).toContain("pinned, Q4 2026");
    expect(await pinRow.getByText("Pinned", { exact: true }).isVisible()).toBe(true);
    await context.close();

    await phoneShots(`/w/${DEMO.slug}`, "overview-phone");
    await phoneShots(`/w/${DEMO.slug}/roadmap`, "roadmap-phone");
    await phoneShots(`/w/${DEMO.slug}/roadmap/results`, "plan-vs-realised-phone");
    await phoneShots(`/w/${DEMO.slug}/settings/scoring-model`, "scoring-model-phone");
  });

  it("a viewer reads the scorecard, roadmap and model but is offered no change", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, "viewer@triplecrown.local", DEMO.password);
    await page.goto(`/w/${DEMO.slug}`);
    await heading(page, "Overview");
    await page.getByTestId("scorecard-row").first().waitFor();
    expect(await page.getByRole("button", { name: /^Decide/ }).count()).toBe(0);
    await page.getByTestId("scorecard-row").first().getByRole("button", { name: /^Why/ }).click();
    await page.getByTestId("breakdown").waitFor();
    expect(await page.getByRole("button", { name: "Comment" }).count()).toBe(0);
    // The crown is explained where it first appears.
    expect(await page.getByText("How to read the crown:").first().isVisible()).toBe(true);
    // An initiative reads as text, not as a greyed-out form.
    await page.goto(`/w/${DEMO.slug}/initiatives`);
    await heading(page, "Initiatives");
    await page.getByText("How to read the crown:").first().waitFor();
    await page.locator(`table a[href^="/w/${DEMO.slug}/initiatives/"]`).first().click();
    await page.getByTestId("initiative-facts").waitFor();
    expect(await page.getByRole("textbox", { name: "Problem" }).count()).toBe(0);
    expect(await page.getByTestId("initiative-facts").getByText("Cost reduction (likely)").isVisible()).toBe(true);
    await expectAccessible(page);
    await page.goto(`/w/${DEMO.slug}/roadmap`);
    await heading(page, "Roadmap");
    await page.getByTestId("roadmap-row").first().waitFor();
    expect(await page.getByRole("button", { name: /^Update/ }).count()).toBe(0);
    await page.goto(`/w/${DEMO.slug}/roadmap/results`);
    await heading(page, "Plan vs realised");
    await page.getByTestId("result-row").first().waitFor();
    expect(await page.getByRole("button", { name: /^Record result/ }).count()).toBe(0);
    await page.goto(`/w/${DEMO.slug}/settings/scoring-model`);
    await heading(page, "Scoring model");
    await page.getByText(/Only an admin can change the model/).waitFor();
    expect(await page.getByRole("button", { name: /^Save as version/ }).count()).toBe(0);
    await page.goto(`/w/${DEMO.slug}/settings/periods`);
    await heading(page, "Periods and capacity");
    await page.getByTestId("period-row").first().waitFor();
    expect(await page.getByRole("spinbutton").count()).toBe(0);
    await expectAccessible(page);
    await context.close();
  });

  it("the browser's own print, before the charts were scrolled to, says how to include them instead of printing grey blocks", async () => {
    // A short window keeps the charts (below the ranked table) more than a screen away, so they are not drawn yet.
    const context = await newContext(browser, { width: 1440, height: 400 });
    const page = await context.newPage();
    await signIn(page, "viewer@triplecrown.local", DEMO.password);
    await page.goto(`/w/${DEMO.slug}`);
    await heading(page, "Overview");
    await page.getByTestId("scorecard-row").first().waitFor();
    const card = page.locator('[aria-busy="true"]').filter({ has: page.getByRole("heading", { name: "Value against effort" }) });
    const note = card.getByText("This chart was not drawn yet");
    const blocks = card.locator(".animate-pulse");
    expect(await note.isVisible()).toBe(false);
    expect(await blocks.first().isVisible()).toBe(true);
    await page.emulateMedia({ media: "print" });
    expect(await note.isVisible()).toBe(true);
    expect(await blocks.first().isVisible()).toBe(false);
    await context.close();
  });

  it("a 2,000-initiative scorecard renders with every rank reachable, and its roadmap scrolls to the end", async () => {
    const slug = `big-${Date.now().toString(36)}`;
    await seedBigWorkspace(inject("dataDir"), { email: DEMO.email, slug, count: 2000 });
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, DEMO.email, DEMO.password);
    await page.goto(`/w/${slug}`);
    await heading(page, "Overview");
    const rows = page.getByTestId("scorecard-row");
    await rows.first().waitFor({ timeout: 30_000 });
    expect(await rows.count()).toBe(50);
    // Only open work is ranked (docs/scoring.md v2): every 97th initiative is done (n = 97, …, 1940: 20 of them; n = 0 is in
    // progress), so 1,980 are ranked.
    await page.getByText(/1–50 of 1,980 initiatives/).waitFor();
    await screenshot(page, "overview-2000");

    const pager = page.getByRole("navigation", { name: "Pages of initiatives" });
    await pager.getByRole("button", { name: "Next" }).click();
    // Pages come from the server (scorecard.rows): the previous page stays until the next one arrives.
    await expect.poll(() => rows.first().getAttribute("data-rank")).toBe("51");
    await pager.getByRole("button", { name: "Last" }).click();
    await expect.poll(() => rows.last().getAttribute("data-rank")).toBe("1980");
    await pager.getByLabel("Go to rank").fill("1234");
    await pager.getByRole("button", { name: "Go" }).click();
    await expect.poll(() => page.locator('[data-testid="scorecard-row"][data-rank="1234"]').count()).toBe(1);
    await expectAccessible(page);

    await page.goto(`/w/${slug}/roadmap`);
    await heading(page, "Roadmap");
    const planned = page.getByTestId("roadmap-row");
    await planned.first().waitFor({ timeout: 30_000 });
    const countText = await page
      .locator("thead")
      .getByText(/\(\d+ planned\)/)
      .textContent();
    const total = Number(/\((\d+) planned\)/.exec(countText ?? "")?.[1]);
    expect(total).toBeGreaterThan(100);
    // Virtualised: only the rows on screen are in the page, and the last one is reached by scrolling.
    expect(await planned.count()).toBeLessThan(60);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.mouse.wheel(0, 100_000);
    await expect
      .poll(async () => {
        await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
        return page.locator("tbody tr[data-index]").last().getAttribute("data-index");
      })
      .toBe(String(total - 1));
    // A viewport shot: the full page is mostly the spacer that stands in for the rows scrolled past.
    await page.screenshot({ path: path.join(SCREENSHOTS, "roadmap-2000-end.png") });
    await context.close();
  });
});
