import { defineConfig } from "drizzle-kit";

// The PostgreSQL twin of drizzle.config.ts (decision 036): its own schema and migration folder.
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema/pg/index.ts",
  out: "./drizzle-pg",
  casing: "snake_case",
});
