import { describe, expect, it } from "vitest";
import { workspaces } from "@/db/schema";
import { toTRPCError } from "@/server/trpc/errors";
import { createTestDb } from "../helpers/db";

/**
 * A check made before a write can lose a race another instance wins (two new
 * workspaces wanting the same address at once, on PostgreSQL): the database's
 * unique index then refuses the second, and the caller must hear CONFLICT
 * with what to do, not an internal error. The same on either database.
 */
describe("a unique index refusing a write", () => {
  it("is a CONFLICT that says to try again", async () => {
    const db = await createTestDb();
    await db.insert(workspaces).values({ name: "First", slug: "same-address" });
    const error = await db
      .insert(workspaces)
      .values({ name: "Second", slug: "same-address" })
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(error).not.toBeNull();
    const mapped = toTRPCError(error);
    expect(mapped?.code).toBe("CONFLICT");
    expect(mapped?.message).toBe("Someone else saved the same thing at the same moment. Reload and try again.");
  });
});
