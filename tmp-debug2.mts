import { chromium } from "playwright-core";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", headless: true, args: ["--no-sandbox"] });
const ctx = await browser.newContext({ baseURL: "http://127.0.0.1:3917", viewport: process.env.VW ? { width: Number(process.env.VW), height: 844 } : { width: 1440, height: 900 } });
const page = await ctx.newPage();
await page.goto("/sign-in");
await page.getByLabel("Email").fill(process.argv[2]!);
await page.getByLabel("Password").fill("paula-password");
await page.getByRole("button", { name: "Sign in" }).click();
await page.waitForURL(/\/w\//);
await page.goto(process.argv[3]!);
await page.waitForTimeout(3000);
const wide = await page.evaluate(() => {
  const out: string[] = [];
  out.push(`doc ${document.documentElement.scrollWidth}`);
  for (const el of Array.from(document.querySelectorAll("body *"))) {
    const r = el.getBoundingClientRect();
    if (r.right > window.innerWidth + 2) out.push(`${el.tagName}.${(el.className || "").toString().slice(0, 80)} right=${Math.round(r.right)} w=${Math.round(r.width)}`);
  }
  return out.slice(0, 25);
});
console.log(wide.join("\n"));
await browser.close();
