import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { DEMO, launchBrowser, newContext, signIn } from "./support/browser";
import { firstCanvas, settled } from "./support/every-page";

/**
 * Sections whose code a page fetches after its first scripts (decision 056: the roadmap's timeline, the scorecard's
 * wide table, the canvas's moments, hot spots and measures) are in a wide screen's HTML from the start. However late
 * their code arrives, the page must not move: a layout shift while it loads is what a reader sees as the page jumping.
 */

const HOLD_MS = 2_000;

let browser: Browser;
let context: BrowserContext;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  context = await newContext(browser);
  page = await context.newPage();
  await signIn(page, DEMO.email, DEMO.password);
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

/** The scripts a page's HTML names (its first scripts, preloaded or not), by path. */
async function firstScripts(target: Page, url: string): Promise<Set<string>> {
  const html = await (await target.request.get(url)).text();
  const paths = [...html.matchAll(/<(?:script src|link rel="preload" as="script"[^>]*href)="([^"]+\.js)"/g)].map((m) => m[1]!);
  return new Set(paths.map((p) => new URL(p, "http://x").pathname));
}

/**
 * Opens `url` (with `hold`, every script it fetches after its first ones held back for two seconds) and returns the
 * layout shifts a reader saw (none caused by their own input) and how many scripts were held.
 */
async function shiftsWithLateCode(url: string, hold = true): Promise<{ held: number; shifts: string[] }> {
  const first = await firstScripts(page, url);
  let held = 0;
  await page.route(/\/_next\/static\/chunks\/[^?]+\.js(\?.*)?$/, async (route) => {
    if (hold && !first.has(new URL(route.request().url()).pathname)) {
      held += 1;
      await new Promise((resolve) => setTimeout(resolve, HOLD_MS));
    }
    await route.continue();
  });
  try {
    await page.goto(url);
    await settled(page);
    const shifts = await page.evaluate(
      () =>
        new Promise<string[]>((resolve) => {
          const seen: string[] = [];
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as (PerformanceEntry & {
              value: number;
              hadRecentInput: boolean;
              sources?: { node?: Node | null }[];
            })[]) {
              // Below a thousandth (Lighthouse's CLS shows 0.000) nothing visibly moves: a status line's text settling.
              if (entry.hadRecentInput || entry.value < 0.001) continue;
              const moved = (entry.sources ?? []).map((s) => s.node?.textContent?.trim().slice(0, 40) ?? "?").join(" | ");
              seen.push(`${entry.value.toFixed(3)}: ${moved}`);
            }
          }).observe({ type: "layout-shift", buffered: true });
          setTimeout(() => resolve(seen), 100);
        }),
    );
    return { held, shifts };
  } finally {
    await page.unrouteAll({ behavior: "wait" });
  }
}

describe("on a wide screen, a section whose code arrives late", () => {
  it("the roadmap does not move as it loads, its timeline in the HTML from the start", async () => {
    const { shifts } = await shiftsWithLateCode(`/w/${DEMO.slug}/roadmap`, false);
    expect(shifts).toEqual([]);
    // The server waits for the timeline rather than streaming it in after the rest of the page.
    const html = await (await page.request.get(`/w/${DEMO.slug}/roadmap`)).text();
    const timeline = html.indexOf('data-testid="timeline-scroll"');
    expect(timeline).toBeGreaterThan(0);
    expect(timeline).toBeLessThan(html.indexOf("Capacity is in effort units"));
  });

  it("the roadmap does not move while its timeline's code is on its way", async () => {
    const { held, shifts } = await shiftsWithLateCode(`/w/${DEMO.slug}/roadmap`);
    expect(held).toBeGreaterThan(0);
    expect(shifts).toEqual([]);
    expect(await page.getByTestId("timeline-scroll").isVisible()).toBe(true);
  });

  it("the overview does not move while its scorecard table's code is on its way", async () => {
    const { held, shifts } = await shiftsWithLateCode(`/w/${DEMO.slug}`);
    expect(held).toBeGreaterThan(0);
    expect(shifts).toEqual([]);
    expect(await page.getByRole("table", { name: /scorecard/i }).isVisible()).toBe(true);
  });

  it("a canvas does not move while the code of its moments, hot spots and measures is on its way", async () => {
    const { held, shifts } = await shiftsWithLateCode(await firstCanvas(page));
    expect(held).toBeGreaterThan(0);
    expect(shifts).toEqual([]);
    expect(await page.getByRole("heading", { level: 2, name: "Moments of truth" }).isVisible()).toBe(true);
  });
});
