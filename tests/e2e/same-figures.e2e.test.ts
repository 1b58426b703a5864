// Issue 14, point 5: a figure an executive reads is the same on the overview, the share page and the PDF board
// pack: the same rounding (€1.71m, not €2m) and the same words (Fragile/Robust, High/Medium/Low).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { baseURL, DEMO, launchBrowser, newContext, signIn } from "./support/browser";
import { trpc } from "./support/http-client";

let browser: Browser;
let page: Page;
let cookie = "";
let workspaceId = "";

beforeAll(async () => {
  browser = await launchBrowser();
  const context = await newContext(browser);
  page = await context.newPage();
  await signIn(page, DEMO.email, DEMO.password);
  const session = (await context.cookies()).find((c) => c.name.includes("session-token"))!;
  cookie = `${session.name}=${session.value}`;
  workspaceId = ((await trpc(cookie, "query", "workspace.bySlug", { slug: DEMO.slug })).data as { id: string }).id;
});
afterAll(async () => {
  await browser?.close();
});

const text = async (p: Page) => ((await p.getByRole("main").textContent()) ?? "").replace(/\s+/g, " ");

async function headline(p: Page, label: string): Promise<string> {
  const value = p.locator("dl dt", { hasText: label }).locator("xpath=following-sibling::dd[1]");
  return ((await value.textContent()) ?? "").trim();
}

async function pdfText(): Promise<string> {
  const res = await fetch(`${baseURL()}/api/export/scorecard.pdf?workspace=${workspaceId}`, { headers: { cookie } });
  expect(res.status).toBe(200);
  const { extractText, getDocumentProxy } = await import("unpdf");
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(await res.arrayBuffer())), { mergePages: true });
  return text.replace(/\s+/g, " ");
}

describe("the same figures on every surface", () => {
  it("the overview, the share page and the PDF show the same headline figures and the same words for the top initiative", async () => {
    await page.goto(`/w/${DEMO.slug}`);
    const rows = page.getByTestId("scorecard-row");
    await rows.first().waitFor();

    const figures = {
      cost: await headline(page, "Planned cost reduction"),
      revenue: await headline(page, "Planned revenue growth"),
      npv: await headline(page, "NPV of the plan"),
    };
    // The demo plans more than a million a year: the short form keeps three digits ("€1.71m"), never "€2m".
    expect(figures.revenue).toMatch(/^€\d\.\d\dm$/);
    expect(figures.npv).toMatch(/^−?€\d+(\.\d+)?[km]$/);

    const cells = async (rank: number) => {
      const row = page.locator(`[data-testid=scorecard-row][data-rank="${rank}"]`);
      const cell = async (n: number) => ((await row.locator(`td:nth-child(${n})`).textContent()) ?? "").trim();
      const npvCell = row.locator("td:nth-child(6) span");
      return {
        title: ((await row.locator("td:nth-child(2) a").textContent()) ?? "").trim(),
        value: await cell(4),
        priority: await cell(5),
        npv: ((await npvCell.first().textContent()) ?? "").trim(),
        payback: ((await npvCell.nth(1).textContent()) ?? "").trim().replace(/^payback /, ""),
        confidence: await cell(7),
        robustness: ((await row.locator("td:nth-child(8) span span").first().textContent()) ?? "").trim(),
        // The crown's parts as it says them ("Experience +6.7 (crown), Cost +5.0 (crown), …"): one component draws it.
        crown: (await row.locator("[data-crown]").first().getAttribute("title")) ?? "",
      };
    };
    const top = await cells(1);
    const second = await cells(2);
    // Every difference is collected, so one run names all of them.
    const differences: string[] = [];
    const expectIn = (surface: string, haystack: string, needle: string) => {
      if (!haystack.includes(needle)) differences.push(`${surface} lacks “${needle}”`);
    };
    if (!["High", "Medium", "Low"].includes(top.confidence)) differences.push(`overview confidence “${top.confidence}”`);
    if (!["Robust", "Fragile"].includes(top.robustness)) differences.push(`overview robustness “${top.robustness}”`);
    if (!/^(never pays back|\d+(\.\d)? years?)$/.test(top.payback)) differences.push(`overview payback “${top.payback}”`);

    // The share page, opened signed out.
    const link = await trpc(cookie, "mutation", "share.create", { workspaceId, label: "Same figures", expiresInDays: 1 });
    const visitor = await newContext(browser);
    const shared = await visitor.newPage();
    await shared.goto((link.data as { path: string }).path);
    await shared.getByRole("heading", { name: "Scorecard" }).waitFor();
    const sharedText = await text(shared);
    for (const value of Object.values(figures)) expectIn("share page", sharedText, value);
    const sharedRow = ((await shared.getByRole("row").filter({ hasText: top.title }).first().textContent()) ?? "").replace(/\s+/g, " ");
    for (const value of [top.value, top.priority, top.npv, top.confidence, top.robustness]) expectIn("share page row", sharedRow, value);
    if (!top.payback.startsWith("never")) expectIn("share page row", sharedRow, top.payback);
    const sharedCrown = await shared
      .getByRole("row")
      .filter({ hasText: top.title })
      .first()
      .locator("[data-crown]")
      .first()
      .getAttribute("title");
    if (sharedCrown !== top.crown) differences.push(`share page crown “${sharedCrown}” against the overview's “${top.crown}”`);
    expectIn("share page", sharedText, "How to read the crown");
    await visitor.close();

    // The PDF board pack: the headline figures, and the top initiative's row (from its title to the next one's).
    const pdf = await pdfText();
    for (const value of Object.values(figures)) expectIn("PDF", pdf, value);
    const from = pdf.indexOf(top.title);
    const to = pdf.indexOf(second.title, from + top.title.length);
    expect(from).toBeGreaterThanOrEqual(0);
    expect(to).toBeGreaterThan(from);
    const pdfRow = pdf.slice(from, to);
    for (const value of [top.value, top.priority, top.npv, top.confidence, top.robustness]) expectIn("PDF row", pdfRow, value);
    if (!top.payback.startsWith("never")) expectIn("PDF row", pdfRow, top.payback);
    // The PDF draws the same crown parts: each part's name, score, and "crown" when won.
    const flatRow = pdfRow.replace(/\s+/g, " ");
    for (const [, name, score, won] of top.crown.matchAll(/(Experience|Cost|Revenue) ([+\u2212]?[\d.]+)( \(crown\))?/g)) {
      expectIn("PDF crown", flatRow, name!);
      expectIn("PDF crown", flatRow, `${score}${won ? " crown" : ""}`);
    }
    if (/\bsensitive\b|\brobust\b/.test(pdf)) differences.push("PDF uses “sensitive”/“robust”");
    expect(differences).toEqual([]);
  });

  it("prints the crown bars: their colours are backgrounds, which a printout keeps only when asked", async () => {
    await page.goto(`/w/${DEMO.slug}`);
    await page.getByTestId("scorecard-row").first().waitFor();
    await page.emulateMedia({ media: "print" });
    const bar = page.getByTestId("scorecard-row").first().locator("td:nth-child(3) span[aria-hidden] > span:nth-child(2)");
    const adjust = await bar.evaluate((el) => {
      const style = getComputedStyle(el);
      const after = getComputedStyle(el, "::after");
      return [style.getPropertyValue("print-color-adjust"), after.getPropertyValue("print-color-adjust"), after.backgroundColor];
    });
    await page.emulateMedia({ media: "screen" });
    expect(adjust[0]).toBe("exact");
    expect(adjust[1]).toBe("exact");
    expect(adjust[2]).not.toBe("rgba(0, 0, 0, 0)");
  });
});
