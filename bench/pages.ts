/**
 * `npm run bench:pages`: big workspaces and page weight (docs/quality.md).
 * - Server render time of the overview (scorecard) and roadmap pages, and of
 *   the data queries those pages make, on a 10,000-initiative workspace
 *   (bar: under 500 ms), median of several requests after a warm-up.
 * - First-load JavaScript of every route, gzipped as sent, measured in
 *   Debian's Chromium (bar: 180 KB): the scripts the server's HTML names,
 *   which the browser must fetch before the page is interactive. Chunks that
 *   next/dynamic fetches after hydration (charts, dialogs) are not first-load;
 *   they are printed in a second column, everything fetched until the network
 *   is idle, so a lazy part that grows is still seen.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { chromium, type Page } from "playwright-core";
import { closeDatabase, openDatabase } from "@/db/client";
import { canvases, initiatives } from "@/db/schema";
import { applyMigrations } from "@/db/migrate";
import { benchWorkspace } from "./fixtures/big-workspace";
import { distDir, ensureBuild, median, signIn, startBuiltApp, stop, waitFor } from "./support";

const INITIATIVES = Number(process.env.INITIATIVES ?? 10_000);
const REPEAT = 7;

ensureBuild();
const dataDir = mkdtempSync(path.join(tmpdir(), "tc-bench-pages-"));
const db = openDatabase(path.join(dataDir, "triple-crown.db"));
await applyMigrations(db);
const big = await benchWorkspace(db, { initiatives: INITIATIVES });
const canvasId = (await db.select({ id: canvases.id }).from(canvases).where(eq(canvases.workspaceId, big.workspaceId)).limit(1))[0]!.id;
const initiativeId = (
  await db.select({ id: initiatives.id }).from(initiatives).where(eq(initiatives.workspaceId, big.workspaceId)).limit(1)
)[0]!.id;
await closeDatabase(db);

const { app, base } = await startBuiltApp(dataDir);

async function timed(url: string, cookie: string): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i <= REPEAT; i++) {
    const start = performance.now();
    const res = await fetch(url, { headers: { cookie } });
    await res.arrayBuffer();
    if (!res.ok) throw new Error(`${url}: ${res.status}`);
    if (i > 0) times.push(performance.now() - start); // the first request fills the cache
  }
  return median(times);
}

try {
  await waitFor(`${base}/api/health`, app);
  const cookie = await signIn(base, big.email, big.password);
  const ws = big.workspaceId;
  const q = (proc: string, input: unknown) => `${base}/api/trpc/${proc}?input=${encodeURIComponent(JSON.stringify(input))}`;
  const load = loadavg()
    .map((l) => l.toFixed(2))
    .join(" / ");
  console.log(`\nPages on a ${INITIATIVES.toLocaleString("en")}-initiative workspace, median of ${REPEAT} after a warm-up`);
  console.log(`${new Date().toISOString()}, node ${process.version}, build ${distDir}, load average ${load}`);
  for (const [name, url] of [
    ["overview page (server render)", `${base}/w/${big.slug}`],
    ["roadmap page (server render)", `${base}/w/${big.slug}/roadmap`],
    ["scorecard.summary", q("scorecard.summary", { workspaceId: ws })],
    ["scorecard.rows (page of 25)", q("scorecard.rows", { workspaceId: ws, limit: 25 })],
    ["scorecard.roadmap", q("scorecard.roadmap", { workspaceId: ws })],
  ] as const) {
    console.log(`${name.padEnd(34)} ${(await timed(url, cookie)).toFixed(0).padStart(6)} ms   (bar: 500 ms)`);
  }

  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
  const context = await browser.newContext();
  await context.addCookies([{ name: cookie.split("=")[0]!, value: cookie.split("=").slice(1).join("="), url: base }]);
  const page = await context.newPage();
  const share = await fetch(`${base}/api/trpc/share.create`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie },
    body: JSON.stringify({ workspaceId: ws, label: "bench" }),
  });
  if (!share.ok) throw new Error(`share.create: ${share.status}`);
  const sharePath = ((await share.json()) as { result: { data: { path: string } } }).result.data.path;
  const w = `/w/${big.slug}`;
  const routes = [
    "/sign-in",
    "/sign-up",
    "/workspaces/new",
    w,
    `${w}/roadmap`,
    `${w}/roadmap/results`,
    `${w}/categories`,
    `${w}/canvases`,
    `${w}/canvases/${canvasId}`,
    `${w}/initiatives`,
    `${w}/initiatives/${initiativeId}`,
    `${w}/settings`,
    `${w}/settings/periods`,
    `${w}/settings/scoring-model`,
    `${w}/settings/members`,
    `${w}/settings/sharing`,
    `${w}/settings/data`,
    sharePath,
  ];
  console.log("\nJavaScript per route, gzipped bytes on the wire (bar: 180 KB first load)");
  console.log(`${"route".padEnd(44)} ${"first load".padStart(10)} ${"after idle".padStart(10)}`);
  const over: string[] = [];
  for (const route of routes) {
    const res = await page.goto(`${base}${route}`, { waitUntil: "networkidle" });
    await settled(page);
    const html = (await res?.text()) ?? "";
    const named = scriptsNamedIn(html);
    const sizes = await page.evaluate(() =>
      performance
        .getEntriesByType("resource")
        .filter((e) => (e as PerformanceResourceTiming).initiatorType === "script" || new URL(e.name).pathname.endsWith(".js"))
        .map((e) => [new URL(e.name).pathname, (e as PerformanceResourceTiming).encodedBodySize] as const),
    );
    const first = sizes.filter(([p]) => named.has(p)).reduce((sum, [, b]) => sum + b, 0);
    const all = sizes.reduce((sum, [, b]) => sum + b, 0);
    const label = route
      .replace(canvasId, "[canvasId]")
      .replace(initiativeId, "[initiativeId]")
      .replace(/share\/[^/]+$/, "share/[token]");
    if (first > 180 * 1024) over.push(label);
    console.log(`${label.padEnd(44)} ${`${(first / 1024).toFixed(0)} KB`.padStart(10)} ${`${(all / 1024).toFixed(0)} KB`.padStart(10)}`);
  }
  console.log(over.length ? `Over the bar: ${over.join(", ")}` : "Every route is under the bar.");
  await browser.close();
} finally {
  await stop(app);
  rmSync(dataDir, { recursive: true, force: true });
}

/** Script paths the HTML loads itself: <script src> and <link rel=preload as=script>, as Next writes them. */
function scriptsNamedIn(html: string): Set<string> {
  const paths = new Set<string>();
  for (const m of html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)) paths.add(new URL(m[1]!.replaceAll("&amp;", "&"), base).pathname);
  for (const m of html.matchAll(/<link[^>]*\sas="script"[^>]*>/g)) {
    const href = /\shref="([^"]+)"/.exec(m[0]);
    if (href) paths.add(new URL(href[1]!.replaceAll("&amp;", "&"), base).pathname);
  }
  return paths;
}

/**
 * "networkidle" can come before hydration ends on a big page, so before the
 * lazy chunks are asked for: wait until no new request has started for a second.
 */
async function settled(page: Page): Promise<void> {
  const count = () => page.evaluate(() => performance.getEntriesByType("resource").length);
  let before = -1;
  for (let i = 0; i < 20; i++) {
    const now = await count();
    if (now === before) return;
    before = now;
    await page.waitForTimeout(1_000);
  }
}
