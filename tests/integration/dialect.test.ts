import { describe, expect, it } from "vitest";
import { databaseInfo } from "@/db/registry";
import { createTestDb } from "../helpers/db";

/**
 * The suite runs twice, once per dialect (tests/vitest.config.ts and
 * tests/vitest.pg.config.ts, which sets TEST_EXPECT_DIALECT): this fails if a
 * run quietly tested the other database.
 */
describe("the database under test", () => {
  it("is the dialect this run was started for", async () => {
    const db = await createTestDb();
    expect(databaseInfo(db).dialect).toBe(process.env.TEST_EXPECT_DIALECT ?? "sqlite");
  });
});
