/**
 * `npm run bench:pages`: big workspaces and page weight (quality.md).
 * - Server render time of the overview (scorecard) and roadmap pages, and of
 *   the data queries those pages make, on a 10,000-initiative workspace
 *   (bar: under 500 ms), median of several requests after a warm-up.
 * - First-load JavaScript of each main route, gzipped as sent, measured in
 *   Debian's Chromium from the resource timings (bar: 180 KB).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium } from "playwright-core";
import { openDatabase } from "@/db/client";
import { applyMigrations } from "@/db/migrate";
import { benchWorkspace } from "./fixtures/big-workspace";
import { ensureBuild, freePort, median, nextBin, startProcess, stop, waitFor } from "./support";

const INITIATIVES = Number(process.env.INITIATIVES ?? 10_000);
const REPEAT = 7;

ensureBuild();
const dataDir = mkdtempSync(path.join(tmpdir(), "tc-bench-pages-"));
const db = openDatabase(path.join(dataDir, "triple-crown.db"));
applyMigrations(db);
const big = await benchWorkspace(db, { initiatives: INITIATIVES });
db.$client.close();

const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const app = startProcess([nextBin, "start", "-p", String(port), "-H", "127.0.0.1"], {
  DATA_DIR: dataDir,
  AUTH_SECRET: "bench-secret-0123456789abcdef",
  NODE_ENV: "production",
});

async function signIn(): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ") },
    body: new URLSearchParams({ csrfToken, email: big.email, password: big.password }),
  });
  const session = res.headers.getSetCookie().find((c) => c.includes("session-token"));
  if (!session) throw new Error("sign-in failed");
  return session.split(";")[0]!;
}

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
  const cookie = await signIn();
  const ws = big.workspaceId;
  const q = (proc: string, input: unknown) => `${base}/api/trpc/${proc}?input=${encodeURIComponent(JSON.stringify(input))}`;
  console.log(`\nPages on a ${INITIATIVES.toLocaleString("en")}-initiative workspace, median of ${REPEAT} after a warm-up (${new Date().toISOString()})`);
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
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  const context = await browser.newContext();
  await context.addCookies([{ name: cookie.split("=")[0]!, value: cookie.split("=").slice(1).join("="), url: base }]);
  const page = await context.newPage();
  console.log("\nFirst-load JavaScript per route (gzipped bytes on the wire, bar: 180 KB)");
  for (const route of ["/sign-in", `/w/${big.slug}`, `/w/${big.slug}/roadmap`, `/w/${big.slug}/categories`, `/w/${big.slug}/canvases`, `/w/${big.slug}/initiatives`, `/w/${big.slug}/settings/scoring-model`]) {
    await page.goto(`${base}${route}`, { waitUntil: "networkidle" });
    const bytes = await page.evaluate(() =>
      performance
        .getEntriesByType("resource")
        .filter((e) => (e as PerformanceResourceTiming).initiatorType === "script" || e.name.endsWith(".js"))
        .reduce((sum, e) => sum + (e as PerformanceResourceTiming).encodedBodySize, 0),
    );
    console.log(`${route.padEnd(40)} ${(bytes / 1024).toFixed(0).padStart(5)} KB`);
  }
  await browser.close();
} finally {
  await stop(app);
  rmSync(dataDir, { recursive: true, force: true });
}
