import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Download, Page } from "playwright-core";
import { expectAccessible, launchBrowser, newContext, screenshot } from "./support/browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const stamp = Date.now().toString(36);
const owner = { name: "Dora Data", email: `dora-${stamp}@example.com`, password: "dora-password" };

async function saved(download: Download): Promise<Buffer> {
  const file = await download.path();
  return readFileSync(file);
}

/** The workspace behind the page's URL, read through the API with the page's own session. */
async function workspaceOf(page: Page): Promise<{ id: string; name: string; slug: string }> {
  const slug = new URL(page.url()).pathname.split("/")[2]!;
  const res = await page.request.get(`/api/trpc/workspace.bySlug?input=${encodeURIComponent(JSON.stringify({ slug }))}`);
  expect(res.ok()).toBe(true);
  return ((await res.json()) as { result: { data: { id: string; name: string; slug: string } } }).result.data;
}

async function chooseCsv(page: Page, name: string, text: string) {
  await page.getByLabel("CSV file").setInputFiles({ name, mimeType: "text/csv", buffer: Buffer.from(text, "utf8") });
  await page.getByTestId("csv-preview").waitFor();
}

describe("getting data in and out", () => {
  it("imports a CSV all-or-nothing, exports CSV and PDF, shares a read-only link and revokes it", { timeout: 240_000 }, async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    page.on("dialog", (d) => void d.accept());

    await page.goto("/sign-up");
    await page.getByLabel("Your name").fill(owner.name);
    await page.getByLabel("Email").fill(owner.email);
    await page.getByLabel("Password").fill(owner.password);
    await page.getByRole("button", { name: "Create account" }).click();
    await page.waitForURL(/\/w\/[^/]+$/);
    const ws = await workspaceOf(page);

    await page.goto(`/w/${ws.slug}/settings`);
    await page.getByRole("link", { name: /Import and export/ }).click();
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Import and export");

    // A file with a bad row: every problem is listed with its line, and nothing is imported.
    await chooseCsv(
      page,
      "initiatives.csv",
      "Initiative name,Cost saving,Effort\nOnline booking,40000,4\nCourtesy car,lots,0\nText when ready,5000,1\n",
    );
    await expect.poll(() => page.getByLabel("Title *").inputValue()).toBe("0");
    await expect.poll(() => page.getByLabel("Cost reduction, likely").inputValue()).toBe("1");
    await page.getByRole("button", { name: "Import 3 rows" }).click();
    const errors = page.getByTestId("import-errors");
    await errors.waitFor();
    await expect.poll(() => errors.textContent()).toContain("Nothing was imported: 2 problems in 1 row");
    const rows = await errors.locator("tbody tr").allTextContents();
    expect(rows).toEqual([
      "3Cost savingCost reduction, likely: “lots” is not a number: type digits, e.g. 12,000 or 12.5.",
      "3EffortEffort must be more than 0",
    ]);
    await expectAccessible(page);
    await screenshot(page, "data-import-errors");
    const empty = await page.request.get(`/api/export/initiatives.csv?workspace=${ws.id}`);
    expect((await empty.text()).trim().split("\r\n")).toHaveLength(1);

    // Fixed, it imports.
    await chooseCsv(
      page,
      "initiatives-fixed.csv",
      "Initiative name,Cost saving,Effort\nOnline booking,40000,4\nCourtesy car,12000,2\nText when ready,5000,1\n",
    );
    await page.getByRole("button", { name: "Import 3 rows" }).click();
    await expect.poll(() => page.getByRole("status").filter({ hasText: "Imported" }).textContent()).toContain("Imported 3 initiatives.");
    await screenshot(page, "data-import-done");

    // CSV export: a download with a BOM and the imported rows.
    const [csvDownload] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Initiatives (CSV)" }).click(),
    ]);
    expect(csvDownload.suggestedFilename()).toMatch(new RegExp(`^${ws.slug}-initiatives-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
    const csv = (await saved(csvDownload)).toString("utf8");
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain("Online booking,,,,proposed,40000,40000,40000");

    // The executive PDF.
    const [pdfDownload] = await Promise.all([
      page.waitForEvent("download", { timeout: 90_000 }),
      page.getByRole("button", { name: "Executive scorecard (PDF)" }).click(),
    ]);
    const pdf = await saved(pdfDownload);
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const { extractText, getDocumentProxy } = await import("unpdf");
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
    expect(text).toContain(ws.name);
    expect(text).toContain("Online booking");

    // A share link, opened signed out.
    await page.goto(`/w/${ws.slug}/settings/sharing`);
    await page.getByLabel("Label").fill("Board pack");
    await page.getByLabel("Works for (days)").fill("7");
    await page.getByRole("button", { name: "Create link" }).click();
    const link = await page.getByTestId("share-link").inputValue();
    expect(link).toMatch(/\/share\/[\w-]{43}$/);
    await expectAccessible(page);
    await screenshot(page, "sharing");

    const visitor = await newContext(browser);
    const shared = await visitor.newPage();
    const opened = await shared.goto(link);
    expect(opened?.status()).toBe(200);
    await expect.poll(() => shared.getByRole("heading", { level: 1 }).textContent()).toBe(ws.name);
    await expect
      .poll(() =>
        shared
          .getByRole("cell", { name: /Online booking/ })
          .first()
          .isVisible(),
      )
      .toBe(true);
    expect(await shared.locator('meta[name="robots"]').getAttribute("content")).toContain("noindex");
    expect(await shared.locator('meta[name="referrer"]').getAttribute("content")).toBe("no-referrer");
    await expectAccessible(shared);
    await screenshot(shared, "shared-scorecard");
    // The link opens nothing else: not the workspace, not its downloads.
    expect((await shared.request.get(`/api/export/scorecard.csv?workspace=${ws.id}`)).status()).toBe(401);
    await shared.goto(`/w/${ws.slug}`);
    await shared.waitForURL(/\/sign-in/);

    // Revoked, it fails at once.
    await page.getByRole("button", { name: /^Revoke Board pack/ }).click();
    await expect.poll(() => page.getByText("revoked", { exact: true }).isVisible()).toBe(true);
    const gone = await shared.goto(link);
    expect(gone?.status()).toBe(404);
    await expect.poll(() => shared.getByRole("heading", { level: 1 }).textContent()).toBe("This link is not available");

    await visitor.close();
    await context.close();
  });
});
