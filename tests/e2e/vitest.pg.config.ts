import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));

// Read by the global setup, which runs in this process: the served app uses a throw-away PostgreSQL.
process.env.E2E_DATABASE = "postgres";

/**
 * The browser journeys again, on PostgreSQL (issue 18): the process owner's
 * and the executive's, and several app instances on one database.
 */
export default defineConfig({
  resolve: { alias: { "@": root } },
  test: {
    root,
    include: ["tests/e2e/process-owner.e2e.test.ts", "tests/e2e/executive.e2e.test.ts", "tests/e2e/multi-instance.e2e.test.ts"],
    globalSetup: ["tests/e2e/support/global-setup.ts"],
    environment: "node",
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
