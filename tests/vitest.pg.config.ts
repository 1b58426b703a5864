import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

/**
 * The integration suite again, on PostgreSQL (issue 18). Files that test the
 * SQLite file itself (backups, durability, two connections to one file), the
 * worker pool's mechanics and timings on one connection (off-thread-*: the
 * worker's reads and imports on PostgreSQL are in worker-on-any-database), or
 * start their own PostgreSQL run once, in the SQLite run.
 */
const SQLITE_ONLY = [
  "backup-restore",
  "durability",
  "off-thread-import",
  "off-thread-scorecard",
  "worker-pool",
  "pdf-queue",
  "sign-in-limits",
  "demo-accounts",
  "db-copy",
  "postgres-backup",
  "postgres-cluster",
];

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL("..", import.meta.url)) } },
  test: {
    root: fileURLToPath(new URL("..", import.meta.url)),
    include: ["tests/integration/**/*.test.ts"],
    exclude: SQLITE_ONLY.map((name) => `tests/integration/${name}.test.ts`),
    globalSetup: ["tests/support/pg-global-setup.ts"],
    setupFiles: ["tests/support/close-test-databases.ts"],
    env: { DATABASE_POOL_SIZE: "3", TEST_EXPECT_DIALECT: "postgres" },
    environment: "node",
    pool: "forks",
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
