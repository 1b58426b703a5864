/**
 * `npm run bench:intl`: what a browser tab pays the first time a page uses
 * ICU through Intl (number formats, collation, dates), in Debian's Chromium,
 * each case in fresh tabs, unthrottled. The figure behind decision 014: the UI
 * formats its numbers without Intl (server/format/number-format.ts) and
 * sorts its labels without localeCompare (app/_components/ui/compare-text.ts),
 * because every scorecard, roadmap and canvas page did both while hydrating.
 */
import { loadavg } from "node:os";
import { chromium } from "playwright-core";
import { median } from "./support";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const TABS = Number(process.env.INTL_TABS ?? 5);

// Each case runs as page script; the first call pays ICU's loading, the second shows the steady cost.
const cases: Record<string, string> = {
  "Intl.NumberFormat (en-GB, currency)": `new Intl.NumberFormat("en-GB", { style: "currency", currency: "EUR", maximumFractionDigits: 0 }).format(1234567)`,
  "String.prototype.localeCompare": `["Service", "billing", "Customer care", "Parts"].sort((a, b) => a.localeCompare(b))`,
  "Intl.DateTimeFormat (en-GB)": `new Intl.DateTimeFormat("en-GB").format(new Date(0))`,
  "plain string work (baseline)": `String(1234567).replace(/\\B(?=(\\d{3})+(?!\\d))/g, ",")`,
};

const browser = await chromium.launch({ executablePath: CHROMIUM, args: process.getuid?.() === 0 ? ["--no-sandbox"] : [] });
try {
  console.log(
    `${new Date().toISOString()}, ${CHROMIUM} ${browser.version()}, ${TABS} fresh tabs per case, load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(" / ")}\n`,
  );
  console.log("| first use in a tab of | first call, median (ms) | range | second call, median (ms) |");
  console.log("|---|---|---|---|");
  for (const [name, expression] of Object.entries(cases)) {
    const first: number[] = [];
    const second: number[] = [];
    for (let i = 0; i < TABS; i++) {
      const page = await browser.newPage();
      await page.goto("about:blank");
      const [a, b] = await page.evaluate<[number, number]>(`(() => {
        const run = () => { const t = performance.now(); ${expression}; return performance.now() - t; };
        return [run(), run()];
      })()`);
      first.push(a);
      second.push(b);
      await page.close();
    }
    const f = (v: number) => v.toFixed(1);
    console.log(`| ${name} | ${f(median(first))} | ${f(Math.min(...first))}–${f(Math.max(...first))} | ${f(median(second))} |`);
  }
} finally {
  await browser.close();
}
