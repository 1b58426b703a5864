import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";
const root = fileURLToPath(new URL("../..", import.meta.url));
export default defineConfig({
  resolve: { alias: { "@": root } },
  test: {
    root,
    include: ["tests/e2e/process-owner.e2e.test.ts"],
    provide: { baseURL: "http://127.0.0.1:3917", dataDir: "" },
    environment: "node",
    testTimeout: 90_000,
    hookTimeout: 180_000,
  },
});
