// Issue 18: several app instances on one PostgreSQL share everything that must be shared through the database.
// Runs in the PostgreSQL browser run (tests/e2e/vitest.pg.config.ts): the run's server plus two more started here.
import { spawn, type ChildProcess } from "node:child_process";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { DEMO, demoPassword } from "./support/browser";
import { freePort } from "./support/free-port";
import { E2E_AUTH_SECRET } from "./support/global-setup";
import { sessionCookie, trpc } from "./support/http-client";
import { E2E_DIST_DIR, root, serverEntry, waitFor } from "./support/next-build";

const dataDir = inject("dataDir");
const databaseUrl = inject("databaseUrl");
const started: ChildProcess[] = [];
let bases: string[] = [];
let cookie = "";
let workspaceId = "";

async function startInstance(): Promise<{ base: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, [serverEntry], {
    cwd: root,
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: "1",
      NODE_ENV: "production",
      NEXT_DIST_DIR: E2E_DIST_DIR,
      DATA_DIR: dataDir,
      DATABASE_URL: databaseUrl,
      AUTH_SECRET: E2E_AUTH_SECRET,
      TRUSTED_PROXIES: "127.0.0.1",
      TRIPLE_CROWN_TODAY: "2026-08-15",
      TRIPLE_CROWN_ALLOW_CLOCK_OVERRIDE: "1",
      LOG_LEVEL: "error",
      PORT: String(port),
      HOST: "127.0.0.1",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  started.push(child);
  const base = `http://127.0.0.1:${port}`;
  await waitFor(`${base}/api/health`, child, 90_000);
  return { base, child };
}

/** A tRPC call on one instance, as the demo account. */
const call = (base: string, kind: "query" | "mutation", path: string, input: unknown) => trpc(cookie, kind, path, input, base);

beforeAll(async () => {
  const second = await startInstance();
  const third = await startInstance();
  bases = [inject("baseURL"), second.base, third.base];
  const signedIn = await sessionCookie(DEMO.email, demoPassword(dataDir), {}, bases[1]);
  expect(signedIn).not.toBeNull();
  cookie = signedIn!.split(";")[0]!;
  const list = await call(bases[2]!, "query", "workspace.list", undefined);
  workspaceId = (list.data as { id: string; slug: string }[]).find((w) => w.slug === DEMO.slug)!.id;
}, 240_000);

afterAll(() => {
  for (const child of started) if (child.exitCode === null) child.kill("SIGKILL");
});

describe("several app instances on one PostgreSQL", () => {
  it("a change made on one instance is seen by the next read on another, the cached scorecard included", async () => {
    const [a, b, c] = bases as [string, string, string];
    const before = await call(b, "query", "scorecard.summary", { workspaceId });
    expect(before.status).toBe(200);
    const created = await call(a, "mutation", "category.create", { workspaceId, name: "Seen everywhere", need: "Wants one answer" });
    expect(created.status).toBe(200);
    const listed = await call(c, "query", "category.list", { workspaceId, limit: 100 });
    const names = (listed.data as { items: { name: string }[] }).items.map((x) => x.name);
    expect(names).toContain("Seen everywhere");

    const initiatives = await call(c, "query", "initiative.list", { workspaceId, limit: 1 });
    const first = (initiatives.data as { items: { id: string; version: number; confidence: number }[] }).items[0]!;
    const newConfidence = first.confidence === 0.5 ? 0.6 : 0.5;
    const updated = await call(a, "mutation", "initiative.update", {
      workspaceId,
      id: first.id,
      version: first.version,
      confidence: newConfidence,
    });
    expect(updated.status).toBe(200);
    const after = await call(b, "query", "scorecard.summary", { workspaceId });
    // The instance that cached the summary answers anew: the workspace revision in the database moved.
    expect(JSON.stringify(after.data)).not.toBe(JSON.stringify(before.data));
  });

  it("two instances racing on the same row: exactly one wins, the other gets CONFLICT", async () => {
    const [a, b] = bases as [string, string];
    const created = await call(a, "mutation", "category.create", { workspaceId, name: "Raced", need: "Two editors at once" });
    const { id, version } = created.data as { id: string; version: number };
    for (let round = 0; round < 5; round++) {
      const current = await call(b, "query", "category.get", { workspaceId, id });
      const v = (current.data as { version: number }).version;
      const [one, two] = await Promise.all([
        call(a, "mutation", "category.update", { workspaceId, id, version: v, need: `A wins round ${round}` }),
        call(b, "mutation", "category.update", { workspaceId, id, version: v, need: `B wins round ${round}` }),
      ]);
      const statuses = [one.status, two.status].sort();
      expect(statuses).toEqual([200, 409]);
      const loser = one.status === 409 ? one : two;
      expect(loser.error?.data?.code).toBe("CONFLICT");
    }
    const final = await call(b, "query", "category.get", { workspaceId, id });
    expect((final.data as { version: number }).version).toBe(version + 5);
  });

  it("failed sign-ins spread across instances count once: ten from one address block it on every instance", async () => {
    const address = { "x-forwarded-for": "198.51.100.77" };
    for (let i = 0; i < 10; i++) {
      expect(await sessionCookie(`nobody-${i}@example.com`, "wrong password", address, bases[i % 3])).toBeNull();
    }
    // The eleventh, with the right password, is refused on every instance; another address still signs in.
    for (const base of bases) expect(await sessionCookie(DEMO.email, demoPassword(dataDir), address, base)).toBeNull();
    expect(await sessionCookie(DEMO.email, demoPassword(dataDir), { "x-forwarded-for": "198.51.100.78" }, bases[2])).not.toBeNull();
  });

  it("failed sign-ins to one account spread across instances make the next attempt wait, on any instance", async () => {
    const email = `multi-${Date.now()}@example.com`;
    const password = "a long enough password 123";
    const signedUp = await fetch(`${bases[0]}/api/trpc/auth.signUp`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": "198.51.100.90" },
      body: JSON.stringify({ name: "Multi", email, password }),
    });
    expect(signedUp.status).toBe(200);
    // Five failures, each on another instance and from another address: the account's own limit, not an address's.
    for (let i = 0; i < 5; i++) {
      expect(await sessionCookie(email, "wrong password", { "x-forwarded-for": `198.51.100.${100 + i}` }, bases[i % 3])).toBeNull();
    }
    // Right after the fifth, the right password is refused for a second on an instance that saw only some of them.
    expect(await sessionCookie(email, password, { "x-forwarded-for": "198.51.100.120" }, bases[2])).toBeNull();
    await new Promise((r) => setTimeout(r, 1_500));
    expect(await sessionCookie(email, password, { "x-forwarded-for": "198.51.100.121" }, bases[1])).not.toBeNull();
  });

  it("a revoked share link is refused by every instance at once", async () => {
    const [a, b, c] = bases as [string, string, string];
    const link = await call(a, "mutation", "share.create", { workspaceId, label: "Board", expiresInDays: 7 });
    expect(link.status).toBe(200);
    const { id, token } = link.data as { id: string; token: string };
    for (const base of bases) expect((await fetch(`${base}/share/${token}`)).status).toBe(200);
    expect((await call(b, "mutation", "share.revoke", { workspaceId, id })).status).toBe(200);
    for (const base of [c, a, b]) expect((await fetch(`${base}/share/${token}`)).status).toBe(404);
  });

  it("SIGKILL of one instance under a 30-client write load loses no acknowledged write, and the others keep serving", async () => {
    const extra = await startInstance();
    const targets = [bases[0]!, bases[1]!, extra.base];
    const initiatives = await call(targets[0]!, "query", "initiative.list", { workspaceId, limit: 1 });
    const entityId = (initiatives.data as { items: { id: string }[] }).items[0]!.id;
    const acknowledged: string[] = [];
    const afterKill = { ok: 0 };
    let killed = false;
    let stop = false;

    async function client(n: number) {
      for (let i = 0; !stop; i++) {
        const base = targets[(n + i) % targets.length]!;
        try {
          const res = await call(base, "mutation", "comment.create", {
            workspaceId,
            entityType: "initiative",
            entityId,
            body: `load ${n}-${i}`,
          });
          if (res.status === 200) {
            acknowledged.push((res.data as { id: string }).id);
            if (killed && base !== extra.base) afterKill.ok++;
          }
        } catch {
          // the killed instance refuses or drops the connection: not acknowledged, not counted
        }
      }
    }

    const clients = Array.from({ length: 30 }, (_, n) => client(n));
    await new Promise((r) => setTimeout(r, 3_000));
    extra.child.kill("SIGKILL");
    killed = true;
    await new Promise((r) => setTimeout(r, 3_000));
    stop = true;
    await Promise.all(clients);

    expect(acknowledged.length).toBeGreaterThan(30);
    expect(afterKill.ok).toBeGreaterThan(0);
    const db = new pg.Client({ connectionString: databaseUrl });
    await db.connect();
    try {
      const found = await db.query<{ n: string }>("select count(*) as n from comments where id = any($1)", [acknowledged]);
      expect(Number(found.rows[0]!.n)).toBe(acknowledged.length);
    } finally {
      await db.end();
    }
    // The survivors still answer.
    for (const base of targets.slice(0, 2)) expect((await fetch(`${base}/api/health`)).status).toBe(200);
  });
});
