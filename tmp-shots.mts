import { chromium } from "playwright-core";
const [email, password, width, ...paths] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", headless: true, args: ["--no-sandbox"] });
const ctx = await browser.newContext({ baseURL: "http://127.0.0.1:3917", viewport: { width: Number(width), height: 844 } });
const page = await ctx.newPage();
await page.goto("/sign-in");
await page.getByLabel("Email").fill(email!);
await page.getByLabel("Password").fill(password!);
await page.getByRole("button", { name: "Sign in" }).click();
await page.waitForURL(/\/w\//);
for (const [i, p] of paths.entries()) {
  await page.goto(p);
  await page.waitForLoadState("networkidle");
  await page.waitForTimeout(500);
  const h = await page.evaluate(() => document.documentElement.scrollHeight);
  const seg = 1100;
  for (let y = 0, k = 0; y < h && k < 6; y += seg, k++) {
    await page.screenshot({ path: `/tmp/po-debug/seg-${i}-${k}.png`, fullPage: true, clip: { x: 0, y, width: Number(width), height: Math.min(seg, h - y) } });
  }
  console.log(p, h);
}
await browser.close();
