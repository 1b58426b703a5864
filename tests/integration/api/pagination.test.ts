import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Db } from "@/db/client";
import { createTestDb } from "../../helpers/db";
import { makeCategory } from "../../helpers/customer-factories";
import { insertInitiative } from "../../helpers/initiative-factories";
import { api, serveFrom, teamWithTokens } from "./support";

let db: Db;
beforeEach(async () => {
  db = await createTestDb();
  serveFrom(db);
});
afterEach(() => {
  vi.unstubAllEnvs();
});

type Page = { data: { id: string; name?: string; title?: string }[]; nextCursor: string | null };

async function walk(token: string, path: string, limit: number): Promise<{ pages: Page[] }> {
  const pages: Page[] = [];
  let cursor: string | null = null;
  do {
    const sep = path.includes("?") ? "&" : "?";
    const answer = await api("GET", `${path}${sep}limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`, { token });
    expect(answer.status).toBe(200);
    const page = answer.body as Page;
    pages.push(page);
    cursor = page.nextCursor;
  } while (cursor !== null && pages.length < 50);
  return { pages };
}

describe("cursor pagination", () => {
  it("walks every category once, in name order, 3 at a time", async () => {
    const team = await teamWithTokens(db);
    const { token } = await team.makeToken("read");
    const names = ["Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel"];
    // Inserted out of order: the pages follow the list's stable order, not insertion.
    for (const name of [...names].reverse()) await makeCategory(db, team.workspaceId, { name });
    const { pages } = await walk(token, "/categories", 3);
    expect(pages.map((p) => p.data.map((c) => c.name))).toEqual([
      ["Alpha", "Bravo", "Charlie"],
      ["Delta", "Echo", "Foxtrot"],
      ["Golf", "Hotel"],
    ]);
    expect(pages.at(-1)!.nextCursor).toBeNull();
  });

  it("walks 23 initiatives filtered and sorted, without a duplicate or a miss", async () => {
    const team = await teamWithTokens(db);
    const { token } = await team.makeToken("read");
    const ids = new Set<string>();
    for (let i = 0; i < 23; i++)
      ids.add((await insertInitiative(db, team.workspaceId, { title: `Initiative ${String(i).padStart(2, "0")}` })).id);
    await insertInitiative(db, team.workspaceId, { title: "Cancelled one", status: "cancelled" });
    const { pages } = await walk(token, "/initiatives?status=proposed&sort=title&dir=desc", 5);
    expect(pages.map((p) => p.data.length)).toEqual([5, 5, 5, 5, 3]);
    const seen = pages.flatMap((p) => p.data.map((r) => r.id));
    expect(seen).toHaveLength(23);
    expect(new Set(seen)).toEqual(ids);
    expect(pages[0]!.data[0]!.title).toBe("Initiative 22");
    expect(pages.at(-1)!.data.at(-1)!.title).toBe("Initiative 00");
  });

  it("answers an empty list with no rows and no next cursor", async () => {
    const team = await teamWithTokens(db);
    const { token } = await team.makeToken("read");
    const answer = await api("GET", "/categories", { token });
    expect(answer.body).toEqual({ data: [], nextCursor: null });
  });

  it("takes up to 200 rows a page and refuses more with 422 naming limit", async () => {
    const team = await teamWithTokens(db);
    const { token } = await team.makeToken("read");
    const tooMany = await api("GET", "/categories?limit=201", { token });
    expect(tooMany.status).toBe(422);
    expect(tooMany.body).toEqual({
      error: { code: "invalid", message: "Limit is at most 200", fields: { limit: ["Limit is at most 200"] } },
    });
    const notNumber = await api("GET", "/categories?limit=ten", { token });
    expect(notNumber.status).toBe(422);
    expect((await api("GET", "/categories?limit=200", { token })).status).toBe(200);
  });
});

describe("rate limit per token", () => {
  it("answers 429 with Retry-After past the limit, for that token only", async () => {
    vi.stubEnv("API_RATE_LIMIT_PER_MINUTE", "3");
    const team = await teamWithTokens(db);
    const busy = await team.makeToken("read", 30, "Busy");
    const calm = await team.makeToken("read", 30, "Calm");
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push(await api("GET", "/categories", { token: busy.token }));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 429]);
    expect(answers[0]!.headers.get("RateLimit-Remaining")).toBe("2");
    const refused = answers[3]!;
    const retryAfter = Number(refused.headers.get("Retry-After"));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(refused.body).toEqual({
      error: { code: "too_many_requests", message: expect.stringContaining("This token made more than 3 calls in a minute. Try again in") },
    });
    expect((await api("GET", "/categories", { token: calm.token })).status).toBe(200);
  });
});
