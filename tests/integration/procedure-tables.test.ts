import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import type { Role } from "@/db/schema";
import { can, PERMISSIONS } from "@/server/domain/permissions";
import { accessOf, canCall, PROCEDURE_PERMISSIONS, type ProcedurePath } from "@/server/domain/procedure-permissions";
import { PROCEDURES } from "@/server/domain/procedures";
import { isWorkspaceAccess, PUBLIC, SIGNED_IN, type Access } from "@/server/domain/shared/access";
import { createTestDb } from "../helpers/db";
import { ALL_ROLES, callerFor, makeTeam, makeUser } from "../helpers/factories";
import { callPath, errorCode, listProcedures } from "../helpers/procedures";

/** Every procedure of every entity's table, with the access its permissions.ts declares. */
const tableEntries = Object.entries(PROCEDURES).flatMap(([router, table]) =>
  Object.values(table).map((entry) => ({ path: `${router}.${entry.name}` as ProcedurePath, access: entry.access as Access })),
);
const workspaceEntries = tableEntries.filter((e) => isWorkspaceAccess(e.access));

let db: Db;
let team: Awaited<ReturnType<typeof makeTeam>>;
beforeAll(async () => {
  db = await createTestDb();
  team = await makeTeam(db);
});

describe("the procedure tables are the router", () => {
  it("has every path of the router in a table, and nothing else", () => {
    const routerPaths = listProcedures()
      .map((p) => p.path)
      .sort();
    expect(tableEntries.map((e) => e.path).sort()).toEqual(routerPaths);
    expect(routerPaths.length).toBeGreaterThan(80);
  });

  it("puts each table entry's action on its derived procedure, and only workspace procedures check membership", () => {
    const byPath = new Map(listProcedures().map((p) => [p.path, p]));
    for (const entry of tableEntries) {
      const procedure = byPath.get(entry.path)!;
      expect.soft(procedure.inWorkspace, entry.path).toBe(isWorkspaceAccess(entry.access));
      expect.soft(procedure.meta?.action, entry.path).toBe(isWorkspaceAccess(entry.access) ? entry.access : undefined);
    }
  });

  it("gives the client the same access per path as the tables give the router", () => {
    for (const entry of tableEntries) {
      const [router, name] = entry.path.split(".") as [keyof typeof PROCEDURE_PERMISSIONS, string];
      expect.soft((PROCEDURE_PERMISSIONS[router] as Record<string, Access>)[name], entry.path).toBe(entry.access);
    }
  });
});

describe("the permission matrix, derived from the tables, holds through the real router", () => {
  it("covers the workspace procedures (the matrix is not vacuous)", () => {
    expect(workspaceEntries.length).toBeGreaterThan(60);
  });

  // Only the workspaceId is sent: a refused role must get FORBIDDEN before the
  // procedure's own input is parsed (else it would be BAD_REQUEST), and an
  // admitted role must never see FORBIDDEN.
  for (const entry of workspaceEntries) {
    it(`${entry.path} (${entry.access}): FORBIDDEN exactly for the roles permissions.ts refuses`, async () => {
      for (const role of ALL_ROLES) {
        const code = await errorCode(callPath(team.as[role], entry.path, { workspaceId: team.workspaceId }));
        const allowed = can(role, entry.access as keyof typeof PERMISSIONS);
        if (allowed) expect.soft(code, `${role} on ${entry.path}`).not.toMatch(/^(FORBIDDEN|INTERNAL_SERVER_ERROR)$/);
        else expect.soft(code, `${role} on ${entry.path}`).toBe("FORBIDDEN");
        expect.soft(canCall(role, entry.path), `canCall(${role}, ${entry.path})`).toBe(allowed);
      }
    });
  }

  it("matches a few rows worked by hand from the product's roles", () => {
    const rolesFor = (path: ProcedurePath): Role[] => ALL_ROLES.filter((r) => canCall(r, path));
    expect(rolesFor("initiative.decide")).toEqual(["admin", "executive"]);
    expect(rolesFor("initiative.update")).toEqual(["admin", "editor"]);
    expect(rolesFor("initiative.updateProgress")).toEqual(["admin", "editor", "tracker"]);
    expect(rolesFor("measure.addActual")).toEqual(["admin", "editor", "tracker"]);
    expect(rolesFor("comment.create")).toEqual(["admin", "executive", "editor", "tracker"]);
    expect(rolesFor("period.create")).toEqual(["admin"]);
    expect(rolesFor("member.changeRole")).toEqual(["admin"]);
    expect(rolesFor("share.create")).toEqual(["admin", "executive"]);
    expect(rolesFor("transfer.importCsv")).toEqual(["admin"]);
    expect(rolesFor("transfer.exportCsv")).toEqual(["admin", "executive", "editor", "tracker", "viewer"]);
    expect(rolesFor("scorecard.rows")).toEqual(["admin", "executive", "editor", "tracker", "viewer"]);
  });
});

describe("procedures outside a workspace", () => {
  const signedIn = tableEntries.filter((e) => e.access === SIGNED_IN);
  const open = tableEntries.filter((e) => e.access === PUBLIC);

  it("are few and named", () => {
    expect(open.map((e) => e.path).sort()).toEqual([
      "auth.requestPasswordReset",
      "auth.resetLinkIsLive",
      "auth.resetPassword",
      "auth.signUp",
      "auth.unsubscribeDigest",
      "auth.verifyEmail",
      "invitation.describe",
      "share.view",
    ]);
    expect(signedIn.map((e) => e.path).sort()).toEqual([
      "auth.changePassword",
      "auth.digestSettings",
      "auth.isInstallationAdmin",
      "auth.me",
      "auth.outbox",
      "auth.outboxMessage",
      "auth.resendVerification",
      "auth.setDigest",
      "auth.signOutEverywhere",
      "auth.verificationPending",
      "invitation.accept",
      "transfer.importWorkspace",
      "workspace.bySlug",
      "workspace.create",
      "workspace.list",
    ]);
  });

  for (const entry of signedIn) {
    it(`${entry.path} refuses an anonymous caller and admits anyone signed in`, async () => {
      expect(await errorCode(callPath(callerFor(db, null), entry.path, {}))).toBe("UNAUTHORIZED");
      const stranger = callerFor(db, (await makeUser(db)).id);
      expect(await errorCode(callPath(stranger, entry.path, {}))).not.toMatch(/^(UNAUTHORIZED|FORBIDDEN|INTERNAL_SERVER_ERROR)$/);
    });
  }

  for (const entry of open) {
    it(`${entry.path} is open to an anonymous caller`, async () => {
      expect(await errorCode(callPath(callerFor(db, null), entry.path, {}))).not.toMatch(
        /^(UNAUTHORIZED|FORBIDDEN|INTERNAL_SERVER_ERROR)$/,
      );
    });
  }
});

const ROOT = join(import.meta.dirname, "..", "..");

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|mts|mjs)$/.test(d.name) ? [path] : [];
  });
}

/**
 * Where an action may be written: the permission table, each entity's
 * permissions.ts, and the one rule whose permission depends on the row
 * (deleting another's comment). Anything else would be a second declaration
 * of a permission. (A status move names the procedure that makes it, and
 * needs that procedure's action: status-rules.ts names no action.)
 */
function mayNameActions(file: string): boolean {
  return (
    file === "server/domain/permissions.ts" ||
    /^server\/domain\/[A-Za-z]+\/permissions\.ts$/.test(file) ||
    file === "server/domain/comment/rules.ts"
  );
}

/**
 * server/domain/scorecard/service.ts is being rewritten (its reads move to a
 * worker); until then its two old checks stay, and must say what the table
 * says for the procedures that reach them.
 */
const PENDING = { "server/domain/scorecard/service.ts": ["scorecard.get", "scorecard.simulate"] as ProcedurePath[] };

describe("a permission is declared once", () => {
  const actionLiteral = new RegExp(
    `["'\`](${Object.keys(PERMISSIONS)
      .map((a) => a.replace(".", "\\."))
      .join("|")})["'\`]`,
    "g",
  );
  const files = [...sourceFiles("server"), ...sourceFiles("app")].map((f) => relative(ROOT, join(ROOT, f)));

  it("names no action outside the tables and the row-dependent rules", () => {
    const found: string[] = [];
    for (const file of files) {
      if (mayNameActions(file)) continue;
      readFileSync(join(ROOT, file), "utf8")
        .split("\n")
        .forEach((line, i) => {
          // "initiative.decide" is an action and a procedure's path; as a path (canCall, a move's procedure) it names no permission.
          const withoutPaths = line.replace(/canCall\((["'`])[\w.]+\1\)|procedure(?::| ===) (["'`])[\w.]+\2/g, "");
          for (const match of withoutPaths.matchAll(actionLiteral)) {
            const pending = PENDING[file as keyof typeof PENDING];
            if (pending?.some((path) => accessOf(path) === match[1])) continue;
            found.push(`${file}:${i + 1} ${match[1]}`);
          }
        });
    }
    expect(found).toEqual([]);
  });

  it("checks the role against the table in one place: the derived workspace procedure", () => {
    const callers = files.filter((file) => /\brequireRole\(/.test(readFileSync(join(ROOT, file), "utf8")));
    // The definition, the one check, the status moves; the held-back service may still call it until its rewrite.
    expect(callers.filter((file) => !(file in PENDING)).sort()).toEqual(
      ["server/domain/initiative/status-rules.ts", "server/domain/permissions.ts", "server/trpc/init.ts"].sort(),
    );
  });

  it("finds the actions it looks for (the scan is not vacuous)", () => {
    const table = readFileSync(join(ROOT, "server/domain/initiative/permissions.ts"), "utf8");
    expect([...table.matchAll(actionLiteral)].map((m) => m[1])).toContain("initiative.decide");
  });
});
