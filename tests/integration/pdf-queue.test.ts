// The PDF queue is bounded: eight PDFs asked at once by one viewer took up to
// 18 s each. One prints, MAX_WAITING_PDFS wait, more are refused with 429,
// and a workspace gets no second PDF while one of its own waits.
import { chmodSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { htmlToPdf, MAX_WAITING_PDFS } from "@/server/domain/transfer/pdf";

const before = process.env.CHROMIUM_PATH;
beforeAll(() => {
  // A "browser" that takes a moment and then fails: each print holds the queue briefly, nothing is downloaded or run.
  const dir = mkdtempSync(path.join(tmpdir(), "tc-pdf-"));
  const fake = path.join(dir, "chromium");
  writeFileSync(fake, "#!/bin/sh\nsleep 0.3\nexit 1\n");
  chmodSync(fake, 0o755);
  process.env.CHROMIUM_PATH = fake;
});
afterAll(() => {
  if (before === undefined) delete process.env.CHROMIUM_PATH;
  else process.env.CHROMIUM_PATH = before;
});

const outcome = (p: Promise<unknown>) =>
  p.then(
    () => "printed",
    (e: { code?: string }) => (e.code === "TOO_MANY_REQUESTS" ? "refused" : "failed"),
  );

describe("the PDF queue", () => {
  it("takes one printing and MAX_WAITING_PDFS waiting, and refuses the rest at once", async () => {
    const asks = Array.from({ length: MAX_WAITING_PDFS + 3 }, (_, i) => outcome(htmlToPdf("<p>x</p>", `ws-${i}`)));
    const results = await Promise.all(asks);
    expect(results.filter((r) => r === "refused")).toHaveLength(2);
    expect(results.slice(0, MAX_WAITING_PDFS + 1).every((r) => r === "failed")).toBe(true);
  });

  it("refuses a second PDF of the same workspace while its first waits, and takes it again afterwards", async () => {
    const first = outcome(htmlToPdf("<p>x</p>", "ws-same"));
    const second = await outcome(htmlToPdf("<p>x</p>", "ws-same"));
    expect(second).toBe("refused");
    expect(await first).toBe("failed");
    expect(await outcome(htmlToPdf("<p>x</p>", "ws-same"))).toBe("failed");
  });
});
