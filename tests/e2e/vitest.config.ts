import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));

/** Browser journeys: one built app on 127.0.0.1, driven by Debian's Chromium. */
export default defineConfig({
  resolve: { alias: { "@": root } },
  test: {
    root,
    include: ["tests/e2e/**/*.e2e.test.ts"],
    // Several instances need PostgreSQL: tests/e2e/vitest.pg.config.ts runs it.
    exclude: ["tests/e2e/multi-instance.e2e.test.ts"],
    globalSetup: ["tests/e2e/support/global-setup.ts"],
    environment: "node",
    // One server, one browser per file: files run one after another so they do not fight over 2 cores.
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 180_000,
  },
});
