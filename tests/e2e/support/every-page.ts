import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { expect } from "vitest";
import { DEMO } from "./browser";

/** Waits for a page as a person does: its heading, then the network at rest. */
export async function settled(target: Page) {
  await target.getByRole("heading", { level: 1 }).waitFor();
  await target.waitForLoadState("networkidle");
}

/** Every axe violation, of any impact: nothing is let off. */
export async function axeViolations(target: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page: target }).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}

export async function firstHref(target: Page, pattern: RegExp): Promise<string> {
  const hrefs = await target.locator("main a[href]").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  const found = hrefs.find((h) => pattern.test(h));
  if (!found) throw new Error(`no link matching ${pattern}`);
  return found;
}

/** The address of the first canvas the demo's canvases page links to. */
export async function firstCanvas(target: Page): Promise<string> {
  await target.goto(`/w/${DEMO.slug}/canvases`);
  await settled(target);
  return firstHref(target, /\/canvases\/[^/]+$/);
}

/** Every page of the demo workspace a signed-in person can open, with one canvas and one initiative. */
export async function everyDemoPage(page: Page): Promise<string[]> {
  const w = `/w/${DEMO.slug}`;
  const canvas = await firstCanvas(page);
  await page.goto(`${w}/initiatives`);
  await settled(page);
  const initiative = await firstHref(page, /\/initiatives\/[^/?#]+$/);
  return [
    w,
    `${w}/categories`,
    `${w}/canvases`,
    canvas,
    `${w}/initiatives`,
    initiative,
    `${w}/roadmap`,
    `${w}/roadmap?plan=optimal`,
    `${w}/roadmap/results`,
    `${w}/roadmap/benefits`,
    `${w}/roadmap/scenarios`,
    `${w}/this-period`,
    `${w}/glossary`,
    `${w}/settings`,
    `${w}/settings/members`,
    `${w}/settings/periods`,
    `${w}/settings/scoring-model`,
    `${w}/settings/sharing`,
    `${w}/settings/data`,
    `${w}/settings/api-tokens`,
    `${w}/settings/webhooks`,
    `${w}/settings/sign-in`,
    `/account?next=${encodeURIComponent(w)}`,
    "/account/notifications",
    "/admin/outbox",
  ];
}

/** The names of the "?" tips a person can see on the page, in reading order. */
export async function visibleTipNames(page: Page): Promise<string[]> {
  return await page
    .getByRole("button", { name: /^What is / })
    .evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).map((e) => e.getAttribute("aria-label")!));
}

/**
 * Opens each visible "?" tip with the keyboard: it names its figure, says how the figure is computed, and Escape closes
 * it with focus back on the tip.
 */
export async function expectEachTipOpens(page: Page): Promise<string[]> {
  const names = await visibleTipNames(page);
  for (const name of new Set(names)) {
    const tip = page.getByRole("button", { name, exact: true }).filter({ visible: true }).first();
    await tip.focus();
    await page.keyboard.press("Enter");
    const figure = name.replace(/^What is /, "").replace(/\?$/, "");
    const dialog = page.getByRole("dialog", { name: figure, exact: true });
    await expect.poll(() => dialog.count(), { timeout: 10_000 }).toBe(1);
    expect(await dialog.getByText(figure, { exact: true }).count(), `${name} names its figure`).toBe(1);
    expect(await dialog.getByRole("link", { name: "How it is computed" }).count(), `${name} links to how it is computed`).toBe(1);
    // The glossary's sentence arrives with the glossary's code, which the page loads when a tip is first wanted.
    const meaning = dialog.getByTestId("tip-meaning");
    await expect.poll(() => meaning.innerText(), { timeout: 10_000 }).not.toBe("Loading the explanation…");
    expect(await meaning.innerText(), `${name} says what the figure means`).toMatch(/^(?!The explanation could not be loaded)\S.{20,}/);
    await page.keyboard.press("Escape");
    await expect.poll(() => dialog.count(), { timeout: 10_000 }).toBe(0);
    expect(await tip.evaluate((el) => el === document.activeElement), `${name}: focus returns to the tip`).toBe(true);
  }
  return names;
}
