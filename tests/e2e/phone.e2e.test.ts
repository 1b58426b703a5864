import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { DEMO, launchBrowser, newContext, screenshot, signIn } from "./support/browser";
import { axeViolations, everyDemoPage, settled } from "./support/every-page";

const PHONE = { width: 390, height: 844 };
const MENU_ITEMS = ["Overview", "Categories", "Canvases", "Initiatives", "Roadmap", "This period", "Settings"];

let browser: Browser;
let context: BrowserContext;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  context = await newContext(browser, PHONE);
  page = await context.newPage();
  await signIn(page, DEMO.email, DEMO.password);
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

/** How far the page reaches past the phone's width (0 when nothing scrolls sideways). */
function sidewaysOverflow(target: Page): Promise<number> {
  return target.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

describe("on a phone (390 × 844)", () => {
  it("the Menu button opens every workspace page, Account and Sign out, and Escape closes it back to the button", async () => {
    await page.goto(`/w/${DEMO.slug}`);
    await settled(page);
    const menu = page.getByRole("button", { name: "Menu", exact: true });
    const box = await menu.boundingBox();
    expect(box?.height).toBeGreaterThanOrEqual(44);

    expect(await menu.getAttribute("aria-expanded")).toBe("false");
    await menu.click();
    expect(await menu.getAttribute("aria-expanded")).toBe("true");
    const panel = page.locator(`#${await menu.getAttribute("aria-controls")}`);
    expect(await panel.isVisible()).toBe(true);
    // Focus moves into the menu, and Escape returns it to the button.
    await expect.poll(() => panel.evaluate((el) => el.contains(document.activeElement))).toBe(true);
    expect(await panel.getByRole("link", { name: "Account" }).isVisible()).toBe(true);
    expect(await panel.getByRole("button", { name: "Sign out" }).isVisible()).toBe(true);
    await page.keyboard.press("Escape");
    expect(await menu.getAttribute("aria-expanded")).toBe("false");
    expect(await panel.isVisible()).toBe(false);
    expect(await menu.evaluate((el) => el === document.activeElement)).toBe(true);

    for (const item of MENU_ITEMS) {
      await menu.click();
      const link = page.getByRole("navigation", { name: "Workspace" }).getByRole("link", { name: item });
      const linkBox = await link.boundingBox();
      expect(linkBox?.height, `${item} is a tap target of 44 px or more`).toBeGreaterThanOrEqual(44);
      await link.click();
      await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent(), { timeout: 15_000 }).toBe(item);
      // Arriving on the page closes the menu.
      await expect.poll(() => menu.getAttribute("aria-expanded")).toBe("false");
      expect(await sidewaysOverflow(page), `${item}: the navigation does not scroll sideways`).toBeLessThanOrEqual(0);
    }
  });

  it("no page scrolls sideways and axe finds no violations", async () => {
    const pages = await everyDemoPage(page);
    const overflowing: string[] = [];
    const violations: string[] = [];
    for (const url of pages) {
      await page.goto(url);
      await settled(page);
      const over = await sidewaysOverflow(page);
      if (over > 0) overflowing.push(`${url}: ${over} px too wide`);
      violations.push(...(await axeViolations(page)).map((v) => `${url}: ${v}`));
      await screenshot(page, `phone-${url.replace(/^\/w\/[^/]+/, "").replace(/[^\w]+/g, "-") || "overview"}`);
    }
    expect({ overflowing, violations }).toEqual({ overflowing: [], violations: [] });
  }, 400_000);

  it("no initiative's page scrolls sideways, whatever its owner list, measures or results hold", async () => {
    await page.goto(`/w/${DEMO.slug}/initiatives`);
    await settled(page);
    const links = await page.locator("main a[href]").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
    const initiatives = [...new Set(links.filter((h) => /\/initiatives\/[^/?#]+$/.test(h)))];
    expect(initiatives.length).toBeGreaterThan(10);
    const overflowing: string[] = [];
    for (const url of initiatives) {
      await page.goto(url);
      await settled(page);
      const over = await sidewaysOverflow(page);
      if (over > 0) overflowing.push(`${url}: ${over} px too wide`);
    }
    expect(overflowing).toEqual([]);
  }, 300_000);

  it("the roadmap's timeline scrolls in its own box and says so; the plan reads as a list per period", async () => {
    await page.goto(`/w/${DEMO.slug}/roadmap`);
    await settled(page);
    expect(await page.getByText("Scroll sideways to see every quarter").isVisible()).toBe(true);
    const box = page.getByTestId("timeline-scroll");
    expect(await box.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    const periods = page
      .getByTestId("period-list")
      .getByRole("listitem")
      .filter({ has: page.getByRole("heading", { level: 3 }) });
    expect(await periods.count()).toBeGreaterThan(1);
    expect(await periods.first().getByText(/used/).isVisible()).toBe(true);
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
  });

  it("scorecard cards far below the fold come to life when reached, by a click, the keyboard or scrolling", async () => {
    /** Whether React is behind an element yet: hydrated or rendered elements carry its props, frozen server HTML does not. */
    const isLive = (selector: string) =>
      page.evaluate((sel) => {
        const el = document.querySelector(sel);
        return el ? Object.keys(el).some((k) => k.startsWith("__reactProps")) : null;
      }, selector);
    await page.goto(`/w/${DEMO.slug}`);
    await settled(page);
    const cards = page.getByTestId("scorecard-card");
    const count = await cards.count();
    expect(count, "the demo has enough initiatives to reach below the fold").toBeGreaterThan(12);
    const lastLink = `[data-testid="scorecard-card"]:last-of-type a`;
    const firstButton = `[data-testid="scorecard-card"]:first-of-type button`;
    // The first card comes to life once it is scrolled near; the last stays as it was.
    await cards.first().scrollIntoViewIfNeeded();
    await expect.poll(() => isLive(firstButton), { timeout: 10_000 }).toBe(true);
    expect(await isLive(lastLink), "the last card is still the server's HTML").toBe(false);

    // A click that reaches a frozen card before the observer does (here a script's, with no scrolling) is not lost.
    const third = cards.nth(count - 3);
    expect(await isLive(`[data-testid="scorecard-card"]:nth-of-type(${count - 2}) button`)).toBe(false);
    await third.getByRole("button", { name: /^Why/ }).evaluate((button: HTMLElement) => button.click());
    await expect.poll(() => third.getByRole("button", { name: /^Why/ }).getAttribute("aria-expanded"), { timeout: 10_000 }).toBe("true");
    await expect.poll(() => third.getByText("How the value score adds up").isVisible(), { timeout: 10_000 }).toBe(true);

    // The keyboard: focus entering the frozen card stays on the same link once the card is live.
    const title = (await page.locator(lastLink).textContent())!;
    await page.locator(lastLink).focus();
    await expect
      .poll(
        () =>
          page.evaluate(() => [
            document.activeElement?.textContent,
            Object.keys(document.activeElement ?? {}).some((k) => k.startsWith("__reactProps")),
          ]),
        {
          timeout: 10_000,
        },
      )
      .toEqual([title, true]);

    // Scrolling: the card before it comes to life too, and its Why opens the breakdown.
    const previous = cards.nth(count - 2);
    await previous.scrollIntoViewIfNeeded();
    const why = previous.getByRole("button", { name: /^Why/ });
    await expect.poll(() => isLive(`[data-testid="scorecard-card"]:nth-of-type(${count - 1}) button`), { timeout: 10_000 }).toBe(true);
    await why.click();
    await expect.poll(() => why.getAttribute("aria-expanded"), { timeout: 10_000 }).toBe("true");
    await expect.poll(() => previous.getByText("How the value score adds up").isVisible(), { timeout: 10_000 }).toBe(true);
  });

  it("a card still waiting below the fold comes to life when the list above it renders again, so it never shows old data", async () => {
    await page.goto(`/w/${DEMO.slug}`);
    await settled(page);
    const last = page.getByTestId("scorecard-card").last();
    const lastIsLive = () => last.evaluate((el) => Object.keys(el.querySelector("button")!).some((k) => k.startsWith("__reactProps")));
    expect(await lastIsLive()).toBe(false);
    const toggle = page.getByLabel("Show calibrated values");
    await toggle.check();
    await expect.poll(lastIsLive, { timeout: 10_000 }).toBe(true);
    await toggle.uncheck();
  });

  it("the scorecard is a list of cards with Decide in reach on the first one", async () => {
    await page.goto(`/w/${DEMO.slug}`);
    await settled(page);
    const card = page.getByTestId("scorecard-card").first();
    await card.waitFor();
    expect(await card.getAttribute("data-rank")).toBe("1");
    expect(await card.getByRole("link").first().isVisible()).toBe(true);
    const decide = card.getByRole("button", { name: /^Decide/ });
    await decide.scrollIntoViewIfNeeded();
    const box = await decide.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(PHONE.width);
    expect(box!.height).toBeGreaterThanOrEqual(44);
    await decide.click();
    await page.getByRole("dialog").waitFor();
    expect(await page.getByRole("dialog").isVisible()).toBe(true);
    await page.keyboard.press("Escape");
    // The wide table is not what a phone shows.
    expect(await page.getByTestId("scorecard-row").first().isVisible()).toBe(false);
  });
});
