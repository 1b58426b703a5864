import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { DEMO, launchBrowser, newContext, newPhoneContext, screenshot, signIn } from "./support/browser";
import { axeViolations, everyDemoPage, firstCanvas, settled } from "./support/every-page";

const PHONE = { width: 390, height: 844 };
const MENU_ITEMS = ["Overview", "Categories", "Canvases", "Initiatives", "Roadmap", "This period", "Settings"];

let browser: Browser;
let context: BrowserContext;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  context = await newPhoneContext(browser, PHONE);
  page = await context.newPage();
  await signIn(page, DEMO.email, DEMO.password);
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

/** Scrolls the scorecard's filters to the top of the screen, which brings the list of cards below them onto it. */
async function scrollToCards(target: Page): Promise<void> {
  await target.getByLabel("Search titles").evaluate((el) => el.scrollIntoView({ block: "start" }));
}

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
    const periods = page
      .getByTestId("period-list")
      .getByRole("listitem")
      .filter({ has: page.getByRole("heading", { level: 3 }) });
    expect(await periods.count()).toBeGreaterThan(1);
    expect(await periods.first().getByText(/used/).isVisible()).toBe(true);
    // Below a phone's first screen, the periods after the first start as their name and the room they take, and the
    // timeline as the room it takes; each is drawn on reaching the screen.
    const box = page.getByTestId("timeline-scroll");
    expect(await periods.last().getByText(/used/).count()).toBe(0);
    expect(await box.count()).toBe(0);
    await periods.last().evaluate((el) => el.scrollIntoView({ block: "center" }));
    await expect.poll(() => periods.last().getByText(/used/).count(), { timeout: 10_000 }).toBe(1);

    const hint = page.getByText("Scroll sideways to see every quarter");
    expect(await hint.isVisible()).toBe(true);
    await hint.evaluate((el) => el.scrollIntoView({ block: "center" }));
    await box.waitFor({ timeout: 10_000 });
    expect(await box.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
  });

  it("a canvas's sections below a phone's first screen start as their headings and are drawn on reaching the screen, or at the first Tab", async () => {
    await page.goto(await firstCanvas(page));
    await settled(page);
    const heading = (name: string) => page.getByRole("heading", { level: 2, name });
    const measureCards = page.getByTestId("measure-card");
    const addMoment = page.getByRole("form", { name: "Add a moment of truth" });
    for (const name of ["Moments of truth", "Hot spots", "Outside-in measures"]) {
      expect(await heading(name).count(), `${name} is named from the start`).toBeGreaterThan(0);
    }
    expect(await measureCards.count()).toBe(0);
    expect(await addMoment.count()).toBe(0);

    // Scrolling: the measures are drawn as their section reaches the screen (scrolled in the page: the placeholder is
    // replaced as it does).
    await heading("Outside-in measures").evaluate((el) => el.scrollIntoView({ block: "center" }));
    await expect.poll(() => measureCards.count(), { timeout: 10_000 }).toBeGreaterThan(0);

    // The keyboard: the first Tab draws every waiting section, so tabbing reaches the form to add a moment.
    await page.reload();
    await settled(page);
    expect(await addMoment.count()).toBe(0);
    await page.keyboard.press("Tab");
    await expect.poll(() => addMoment.count(), { timeout: 10_000 }).toBe(1);
  });

  it("a phone's first scripts leave out the code of what it draws later; a wide screen's HTML has it drawn", async () => {
    const canvas = await firstCanvas(page);
    /** The page's HTML as a screen of one kind asks for it, and the text of every script that HTML names. */
    const load = async (url: string, mobile: "?1" | "?0") => {
      const html = await (await page.request.get(url, { headers: { "sec-ch-ua-mobile": mobile } })).text();
      const sources = [...html.matchAll(/<script[^>]* src="([^"]+)"/g)].map((m) => m[1]!);
      const scripts = await Promise.all(sources.map(async (src) => (await page.request.get(src)).text()));
      return { html, scripts };
    };
    // Text that only the later code renders: the form to add a moment (the canvas's moments section), and the title of
    // the crowns column (the scorecard's wide table; a phone shows cards).
    const cases = [
      { url: canvas, text: "Add a moment of truth" },
      { url: `/w/${DEMO.slug}`, text: "Experience, cost and revenue crown scores" },
    ];
    for (const { url, text } of cases) {
      const phone = await load(url, "?1");
      expect(phone.scripts.length).toBeGreaterThan(3);
      expect(phone.scripts.filter((code) => code.includes(text)).length, `${url}: first scripts of a phone holding “${text}”`).toBe(0);
      const wide = await load(url, "?0");
      expect(wide.html, `${url}: a wide screen's HTML`).toContain(text);
    }
  });

  it("printing the overview from a phone draws the scorecard as paper's table", async () => {
    await page.goto(`/w/${DEMO.slug}`);
    await settled(page);
    const tableRows = page.getByTestId("scorecard-row");
    expect(await tableRows.count(), "a phone's overview has no table").toBe(0);
    await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
    expect(await tableRows.count(), "the table is drawn as the printout starts").toBeGreaterThan(0);
    await page.evaluate(() => window.dispatchEvent(new Event("afterprint")));
  });

  it("printing a canvas from a phone draws its waiting sections in full, the moments as paper's table", async () => {
    await page.goto(await firstCanvas(page));
    await settled(page);
    const momentRows = page.getByTestId("moment-row");
    const measureCards = page.getByTestId("measure-card");
    expect(await momentRows.count()).toBe(0);
    expect(await measureCards.count()).toBe(0);
    // What the browser does as it starts a printout (Ctrl+P): the printout is taken right after this event.
    await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
    expect(await momentRows.count(), "the moments' table, which paper shows, is drawn inside the woken section").toBeGreaterThan(0);
    expect(await measureCards.count()).toBeGreaterThan(0);
    await page.evaluate(() => window.dispatchEvent(new Event("afterprint")));
  });

  it("done and cancelled work is listed when its summary is opened", async () => {
    await page.goto(`/w/${DEMO.slug}`);
    await settled(page);
    const rows = page.getByTestId("closed-row");
    expect(await rows.count(), "a closed list is not rendered").toBe(0);
    await page.getByTestId("closed-work").evaluate((el) => el.scrollIntoView({ block: "center" }));
    await page.locator('[data-testid="closed-work"] summary').click();
    await expect.poll(() => rows.count(), { timeout: 10_000 }).toBeGreaterThan(0);
  });

  it("scorecard cards below the fold are filled in and come to life when reached, by the keyboard, scrolling or a click", async () => {
    /** Whether React is behind an element yet: hydrated or rendered elements carry its props, frozen server HTML does not. */
    const isLive = (selector: string) =>
      page.evaluate((sel) => {
        const el = document.querySelector(sel);
        return el ? Object.keys(el).some((k) => k.startsWith("__reactProps")) : null;
      }, selector);
    await page.goto(`/w/${DEMO.slug}`);
    await settled(page);
    const cards = page.getByTestId("scorecard-card");
    // Below a phone's first screen the list starts as the room it takes, and is drawn as it comes onto the screen.
    expect(await cards.count()).toBe(0);
    await scrollToCards(page);
    await expect.poll(() => cards.count(), { timeout: 10_000 }).toBeGreaterThan(0);
    const count = await cards.count();
    expect(count, "the demo has enough initiatives to reach below the fold").toBeGreaterThan(12);
    const whyOf = (i: number) => cards.nth(i).getByRole("button", { name: /^Why/ });
    // Each card is drawn as its heading (rank, title link, status) and filled in once on the screen: the first ones
    // are on it now, the last is not.
    expect(await whyOf(count - 1).count(), "the last card waits as its heading").toBe(0);
    const lastLink = cards.nth(count - 1).getByRole("link");
    const title = (await lastLink.textContent())!;
    expect(title.length).toBeGreaterThan(3);

    // The first card comes to life once scrolled to (its element is replaced as it does, so the scrolling is done in
    // the page, not through an element handle that could go stale); the last still waits.
    await cards.first().evaluate((el) => el.scrollIntoView({ block: "center" }));
    await expect.poll(() => isLive(`[data-testid="scorecard-card"]:first-of-type button`), { timeout: 10_000 }).toBe(true);
    expect(await whyOf(count - 1).count()).toBe(0);

    // The keyboard: focus entering a waiting card stays on the same link once the card is whole.
    await lastLink.focus();
    await expect.poll(() => whyOf(count - 1).count(), { timeout: 10_000 }).toBe(1);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(title);
    expect(await cards.nth(count - 1).evaluate((card) => card.contains(document.activeElement))).toBe(true);

    // Scrolling: the card before it is filled in too, and its Why opens the breakdown.
    const previous = cards.nth(count - 2);
    await previous.evaluate((el) => el.scrollIntoView({ block: "center" }));
    await expect.poll(() => whyOf(count - 2).count(), { timeout: 10_000 }).toBe(1);
    const why = whyOf(count - 2);
    await why.click();
    await expect.poll(() => why.getAttribute("aria-expanded"), { timeout: 10_000 }).toBe("true");
    await expect.poll(() => previous.getByText("How the value score adds up").isVisible(), { timeout: 10_000 }).toBe(true);

    // A click that reaches a waiting card before it is filled in (here a script's, with no scrolling) is not lost.
    // The middle of the list has not been on the screen yet: the steps above showed its start and its end.
    const waiting = cards.nth(Math.floor(count / 2));
    expect(await waiting.getByRole("button", { name: /^Why/ }).count()).toBe(0);
    const href = (await waiting.getByRole("link").getAttribute("href"))!;
    await waiting.getByRole("link").evaluate((a: HTMLElement) => a.click());
    await page.waitForURL((url) => url.pathname === href, { timeout: 15_000 });
  });

  it("a whole card still frozen below the fold comes to life when the list above it renders again, so it never shows old data", async () => {
    // A browser that does not say what its screen is (no client hints, no "Mobi": Firefox on a desktop) gets both
    // layouts and the first cards whole; in a narrow window they are below the fold.
    const narrow = await newContext(browser, PHONE, {
      userAgent: "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0",
      // Chromium sends its own client hint whatever the user agent says; this one says nothing.
      extraHTTPHeaders: { "sec-ch-ua-mobile": "unknown" },
    });
    try {
      const desk = await narrow.newPage();
      await signIn(desk, DEMO.email, DEMO.password);
      await desk.goto(`/w/${DEMO.slug}`);
      await settled(desk);
      const third = desk.getByTestId("scorecard-card").nth(2);
      const thirdIsLive = () => third.evaluate((el) => Object.keys(el.querySelector("button")!).some((k) => k.startsWith("__reactProps")));
      expect(await third.evaluate((el) => el.getBoundingClientRect().top > window.innerHeight)).toBe(true);
      expect(await thirdIsLive()).toBe(false);
      await desk.getByLabel("Show calibrated values").check();
      await expect.poll(thirdIsLive, { timeout: 10_000 }).toBe(true);
    } finally {
      await narrow.close();
    }
  });

  it("the server sends a phone the cards and a wide screen the table; a request that does not say gets both", async () => {
    const html = async (headers: Record<string, string>) => (await context.request.get(`/w/${DEMO.slug}`, { headers })).text();
    const phone = await html({ "sec-ch-ua-mobile": "?1" });
    const wide = await html({ "sec-ch-ua-mobile": "?0" });
    const unknown = await html({ "user-agent": "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0) AppleWebKit/605.1.15 Safari/605.1.15" });
    const has = (page: string) => ({
      cards: page.includes('data-testid="scorecard-card"'),
      table: page.includes('data-testid="scorecard-row"'),
    });
    // A phone's cards start below its first screen, as the room they take, and are drawn in the browser (decision 055).
    expect({ phone: has(phone), wide: has(wide), unknown: has(unknown) }).toEqual({
      phone: { cards: false, table: false },
      wide: { cards: false, table: true },
      unknown: { cards: true, table: true },
    });
  });

  it("a desktop browser in a narrow window still gets the cards, drawn by the browser, and nothing scrolls sideways", async () => {
    const narrow = await newContext(browser, PHONE);
    try {
      const desk = await narrow.newPage();
      await signIn(desk, DEMO.email, DEMO.password);
      await desk.goto(`/w/${DEMO.slug}`);
      await settled(desk);
      const first = desk.getByTestId("scorecard-card").first();
      await first.evaluate((el) => el.scrollIntoView({ block: "center" }));
      await expect.poll(() => first.getByRole("button", { name: /^Decide/ }).isVisible(), { timeout: 10_000 }).toBe(true);
      expect(await desk.getByTestId("scorecard-row").first().isVisible()).toBe(false);
      expect(await sidewaysOverflow(desk)).toBeLessThanOrEqual(0);
    } finally {
      await narrow.close();
    }
  });

  it("the scorecard is a list of cards with Decide in reach on the first one", async () => {
    await page.goto(`/w/${DEMO.slug}`);
    await settled(page);
    await scrollToCards(page);
    const card = page.getByTestId("scorecard-card").first();
    await card.waitFor();
    expect(await card.getAttribute("data-rank")).toBe("1");
    expect(await card.getByRole("link").first().isVisible()).toBe(true);
    const decide = card.getByRole("button", { name: /^Decide/ });
    // Scrolled to in the page: the card is replaced by its live copy as it reaches the screen (decision 054).
    await card.evaluate((el) => el.scrollIntoView({ block: "center" }));
    await expect
      .poll(() => decide.evaluate((el) => Object.keys(el).some((k) => k.startsWith("__reactProps"))), { timeout: 10_000 })
      .toBe(true);
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
