import { existsSync } from "node:fs";
import { TooManyRequestsError, UnavailableError } from "../errors";

/** Raised when the machine cannot make PDFs (no Chromium); the download answers 503 with this message. */
export class PdfUnavailableError extends UnavailableError {}

/** Longest one PDF may take, start of the browser included. */
const PDF_TIMEOUT_MS = 30_000;

function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
}

/** PDFs waiting behind the one being printed; more are refused (429) rather than queued without end. */
export const MAX_WAITING_PDFS = 2;

let queue: Promise<unknown> = Promise.resolve();
let pending = 0;
const pendingByKey = new Map<string, number>();

/**
 * Prints self-contained HTML to an A4 landscape PDF with headless Chromium
 * (docs/decisions/006-csv-and-pdf.md). The page gets the HTML directly: no
 * URL is loaded, JavaScript is off and every network request is refused, so
 * the report can show nothing but what it was given. One PDF at a time: a
 * browser is heavy on a two-core machine and the report is not hot.
 */
export function htmlToPdf(html: string, key = "any"): Promise<Buffer> {
  // Eight PDFs asked at once by one viewer took up to 18 s each: a full queue,
  // or a second PDF for the same workspace while one waits, is refused.
  if (pending > MAX_WAITING_PDFS || pendingByKey.has(key)) {
    return Promise.reject(new TooManyRequestsError("A PDF is already being made; try again in a moment.", 15));
  }
  pending += 1;
  pendingByKey.set(key, 1);
  const done = () => {
    pending -= 1;
    pendingByKey.delete(key);
  };
  const run = queue.then(() => print(html)).finally(done);
  queue = run.catch(() => undefined);
  return run;
}

async function print(html: string): Promise<Buffer> {
  const executablePath = chromiumPath();
  if (!existsSync(/*turbopackIgnore: true*/ executablePath)) {
    throw new PdfUnavailableError(
      `PDF export needs Chromium, which is not installed here (looked for ${executablePath}; set CHROMIUM_PATH).`,
    );
  }
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    timeout: PDF_TIMEOUT_MS,
    // Playwright would close the browser itself on SIGTERM, failing a PDF the
    // graceful shutdown is waiting for; the finally below closes it instead.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-dev-shm-usage",
    ],
  });
  try {
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    await context.route("**/*", (route) => route.abort());
    const page = await context.newPage();
    page.setDefaultTimeout(PDF_TIMEOUT_MS);
    await page.setContent(html, { waitUntil: "load" });
    return await page.pdf({ format: "A4", landscape: true, printBackground: true, preferCSSPageSize: true });
  } finally {
    await browser.close();
  }
}
