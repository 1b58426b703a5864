import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { expectAccessible, launchBrowser, newContext, screenshot } from "./support/browser";
import { sessionCookie, trpc } from "./support/http-client";
import { expectAllSaved, signUp } from "./support/people";

/**
 * Issue 14, points 2-4 in the browser: another person's change to another
 * field is merged, the same field is shown side by side and the pick is what
 * is saved; one invalid field does not hold back a valid one; text is never
 * cut; an actual dated in the future is refused.
 */
const stamp = Date.now().toString(36);
const person = { name: "Nora Notes", email: `nora-${stamp}@example.com`, password: "nora-password" };
const until = <T>(fn: () => Promise<T> | T, timeout = 20_000) => expect.poll(fn, { timeout, interval: 100 });

let browser: Browser;
let page: Page;
let slug = "";
let cookie = "";
let workspaceId = "";

async function call<T>(kind: "query" | "mutation", path: string, input: Record<string, unknown>): Promise<T> {
  const r = await trpc(cookie, kind, path, { workspaceId, ...input });
  if (r.status !== 200) throw new Error(`${path}: ${r.status} ${r.error?.message}`);
  return r.data as T;
}

beforeAll(async () => {
  browser = await launchBrowser();
  page = await (await newContext(browser)).newPage();
  slug = await signUp(page, person);
  cookie = (await sessionCookie(person.email, person.password))!.split(";")[0]!;
  workspaceId = (await call<{ id: string }>("query", "workspace.bySlug", { slug })).id;
});
afterAll(async () => {
  await browser?.close();
});

type Canvas = { id: string; version: number; notes: string; expectations: string; context: string };

describe("two people on one canvas", () => {
  it("keeps both when they change different fields, and lets the person pick when they change the same one", async () => {
    const category = await call<{ id: string }>("mutation", "category.create", {
      name: "Commuters",
      need: "Need the car back the same day",
    });
    const canvas = await call<Canvas>("mutation", "canvas.create", { categoryId: category.id, title: "Same-day service" });
    await page.goto(`/w/${slug}/canvases/${canvas.id}`);
    await until(() => page.getByLabel("Expectations").isVisible()).toBe(true);

    // Someone else saves Notes from the same version the page holds; the page then changes Expectations.
    await call("mutation", "canvas.update", { id: canvas.id, version: canvas.version, notes: "Their notes" });
    await page.getByLabel("Expectations").fill("My expectations");
    await expectAllSaved(page);
    await until(() => page.getByLabel("Notes").inputValue()).toBe("Their notes");
    const merged = await call<Canvas>("query", "canvas.get", { id: canvas.id });
    expect({ notes: merged.notes, expectations: merged.expectations }).toEqual({ notes: "Their notes", expectations: "My expectations" });

    // Now both change Context: the page shows theirs and mine side by side.
    await call("mutation", "canvas.update", { id: canvas.id, version: merged.version, context: "Their context" });
    await page.getByLabel("Context").fill("My context");
    const choices = page.getByTestId("conflict-choices");
    await until(() => choices.isVisible(), 15_000).toBe(true);
    expect(await choices.getByTestId("theirs-context").textContent()).toBe("Their context");
    expect(await choices.getByTestId("mine-context").textContent()).toBe("My context");
    expect(await choices.textContent()).toContain("Context");
    await expectAccessible(page);
    await screenshot(page, "merge-canvas-conflict");
    // Nothing was written over theirs while the person had not chosen.
    expect((await call<Canvas>("query", "canvas.get", { id: canvas.id })).context).toBe("Their context");

    await choices.getByRole("radio", { name: /Mine/ }).check();
    await choices.getByRole("button", { name: "Save my choices" }).click();
    await expectAllSaved(page);
    await until(async () => (await call<Canvas>("query", "canvas.get", { id: canvas.id })).context).toBe("My context");

    // And picking theirs puts their text in the form and saves nothing over it.
    const now = await call<Canvas>("query", "canvas.get", { id: canvas.id });
    await call("mutation", "canvas.update", { id: canvas.id, version: now.version, notes: "Their second notes" });
    await page.getByLabel("Notes").fill("My second notes");
    await until(() => choices.isVisible(), 15_000).toBe(true);
    await choices.getByRole("radio", { name: /Theirs/ }).check();
    await choices.getByRole("button", { name: "Save my choices" }).click();
    await until(() => page.getByLabel("Notes").inputValue()).toBe("Their second notes");
    expect((await call<Canvas>("query", "canvas.get", { id: canvas.id })).notes).toBe("Their second notes");
  });
});

type Initiative = { id: string; version: number; department: string; costReduction: { low: number; likely: number; high: number } };

describe("one invalid field in the initiative editor", () => {
  it("saves the valid change, keeps the invalid one marked in words", async () => {
    const created = await call<Initiative>("mutation", "initiative.create", {
      title: "Text customers when the car is ready",
      costReduction: { low: 100, likely: 200, high: 300 },
    });
    await page.goto(`/w/${slug}/initiatives/${created.id}`);
    await until(() => page.getByLabel("Department").isVisible()).toBe(true);

    await page.getByRole("textbox", { name: /Cost reduction, low/ }).fill("500");
    await page.getByLabel("Department").fill("Service desk");
    await until(() => page.getByText("Cost reduction, low: must not be above the likely value").first().isVisible()).toBe(true);
    await until(async () => (await call<Initiative>("query", "initiative.get", { id: created.id })).department).toBe("Service desk");

    await page.reload();
    await until(() => page.getByLabel("Department").inputValue()).toBe("Service desk");
    const saved = await call<Initiative>("query", "initiative.get", { id: created.id });
    expect(saved.costReduction).toEqual({ low: 100, likely: 200, high: 300 });
    expect(await page.locator("body").innerText()).not.toContain("costReduction");
  });
});

describe("text over its limit", () => {
  it("counts near the limit, keeps all 250 characters typed and refuses them in words", async () => {
    const created = await call<Initiative>("mutation", "initiative.create", { title: "Short title" });
    await page.goto(`/w/${slug}/initiatives/${created.id}`);
    const title = page.getByRole("textbox", { name: "Title", exact: true });
    await until(() => title.isVisible()).toBe(true);
    await title.fill("t".repeat(187));
    await until(() => page.getByTestId("char-count").first().textContent()).toBe("187 / 200 characters");
    await title.fill("t".repeat(250));
    expect((await title.inputValue()).length).toBe(250);
    await until(() => page.getByText("Title: at most 200 characters (you have 250)").isVisible()).toBe(true);
    await page.waitForTimeout(1500);
    expect((await call<{ title: string }>("query", "initiative.get", { id: created.id })).title).toBe("Short title");
  });
});

describe("a measure value dated in the future", () => {
  it("is refused in the form, nothing recorded", async () => {
    const category = await call<{ id: string }>("mutation", "category.create", { name: "Fleet", need: "Vans back on the road" });
    const canvas = await call<Canvas>("mutation", "canvas.create", { categoryId: category.id, title: "Vans running" });
    const measure = await call<{ id: string }>("mutation", "measure.create", { canvasId: canvas.id, name: "Vans back on time" });
    await page.goto(`/w/${slug}/canvases/${canvas.id}`);
    const form = page.getByRole("form", { name: "Add a value of Vans back on time" });
    await until(() => form.isVisible()).toBe(true);
    await form.getByLabel("Date").fill("2199-12-31");
    await form.getByLabel("Value", { exact: true }).fill("12");
    await form.getByRole("button", { name: "Add value of Vans back on time" }).click();
    await until(() => form.textContent()).toContain("2199-12-31 is in the future");
    const actuals = await call<{ items: unknown[] }>("query", "measure.listActuals", { measureId: measure.id });
    expect(actuals.items).toEqual([]);
  });
});
