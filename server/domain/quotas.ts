import { and, count, eq } from "drizzle-orm";
import { auditLog, canvases, categories, comments, initiatives, measures, moments, scenarios } from "@/db/schema";
import { ConflictError, ValidationError } from "./errors";
import type { DbOrTx } from "./shared/context";

/**
 * Per-workspace quotas: no tenant may grow a workspace so large that its
 * imports or scorecard stall the server for everyone. The defaults hold the
 * largest portfolios the product is built for (10,000 initiatives render in
 * well under a second); an installation's admin raises them with the
 * environment variables named here (docs/reliability.md).
 */
const QUOTA_DEFAULTS = {
  initiatives: 10_000,
  moments: 2_000,
  categories: 200,
  canvases: 400,
  measures: 2_000,
  comments: 50_000,
  /** Named plan scenarios: each is planned (and may be optimised) when compared. */
  scenarios: 100,
  /** Workspaces one person may create (sign-up is open). */
  workspacesPerUser: 25,
  /** A workspace file or CSV upload, in megabytes. */
  importMegabytes: 20,
} as const;

type QuotaName = keyof typeof QUOTA_DEFAULTS;

const ENV: Record<QuotaName, string> = {
  initiatives: "QUOTA_INITIATIVES",
  moments: "QUOTA_MOMENTS",
  categories: "QUOTA_CATEGORIES",
  canvases: "QUOTA_CANVASES",
  measures: "QUOTA_MEASURES",
  comments: "QUOTA_COMMENTS",
  scenarios: "QUOTA_SCENARIOS",
  workspacesPerUser: "QUOTA_WORKSPACES_PER_USER",
  importMegabytes: "QUOTA_IMPORT_MB",
};

/** The quota in force: the environment's value when it is a positive whole number, else the default. */
export function quota(name: QuotaName): number {
  const raw = process.env[ENV[name]];
  const n = raw === undefined ? NaN : Number(raw);
  return Number.isInteger(n) && n > 0 ? n : QUOTA_DEFAULTS[name];
}

type Counted = Exclude<QuotaName, "workspacesPerUser" | "importMegabytes">;
const TABLES = { initiatives, moments, categories, canvases, measures, comments, scenarios } as const;
const WORDS: Record<Counted, string> = {
  initiatives: "initiatives",
  moments: "moments of truth",
  categories: "customer categories",
  canvases: "canvases",
  measures: "measures",
  comments: "comments",
  scenarios: "plan scenarios",
};

async function countInWorkspace(db: DbOrTx, workspaceId: string, what: Counted): Promise<number> {
  const table = TABLES[what];
  return (await db.select({ n: count() }).from(table).where(eq(table.workspaceId, workspaceId)))[0]?.n ?? 0;
}

function overMessage(what: Counted, limit: number, have: number, adding: number): string {
  const room = Math.max(0, limit - have);
  const tail = `Remove some, or ask whoever runs this installation to raise ${ENV[what]}.`;
  return adding === 1
    ? `This workspace holds at most ${limit.toLocaleString("en-GB")} ${WORDS[what]} and is full. ${tail}`
    : `This would make ${(have + adding).toLocaleString("en-GB")} ${WORDS[what]}; a workspace holds at most ${limit.toLocaleString("en-GB")} (room for ${room.toLocaleString("en-GB")} more). ${tail}`;
}

/** Throws CONFLICT when adding `adding` rows would pass the workspace's quota. Call inside the write's transaction. */
export async function requireRoom(db: DbOrTx, workspaceId: string, what: Counted, adding = 1): Promise<void> {
  const limit = quota(what);
  const have = await countInWorkspace(db, workspaceId, what);
  if (have + adding > limit) throw new ConflictError(overMessage(what, limit, have, adding));
}

/** For a new workspace made from a file: every count at most its quota, or a validation error naming each. */
export function requireFileWithinQuotas(counts: Partial<Record<Counted, number>>): void {
  const fieldErrors: Record<string, string[]> = {};
  for (const [what, n] of Object.entries(counts) as [Counted, number][]) {
    const limit = quota(what);
    if (n > limit) fieldErrors[`file.${what}`] = [overMessage(what, limit, 0, n)];
  }
  const first = Object.values(fieldErrors)[0]?.[0];
  if (first) throw new ValidationError(`The workspace file cannot be imported: ${first}`, fieldErrors);
}

/** Workspaces this person created (they are its first admin): sign-up is open, so this is bounded too. */
export async function requireWorkspaceRoom(db: DbOrTx, userId: string): Promise<void> {
  const limit = quota("workspacesPerUser");
  // The audit trail knows who created each workspace; a deleted workspace takes its rows with it and frees the room.
  const have =
    (
      await db
        .select({ n: count() })
        .from(auditLog)
        .where(and(eq(auditLog.actorId, userId), eq(auditLog.entityType, "workspace"), eq(auditLog.action, "create")))
    )[0]?.n ?? 0;
  if (have >= limit) {
    throw new ConflictError(
      `You have created ${limit} workspaces, the most one person may. Delete one you no longer use, or ask whoever runs this installation to raise ${ENV.workspacesPerUser}.`,
    );
  }
}

/** Bytes an upload may have. */
export function importByteLimit(): number {
  return quota("importMegabytes") * 1024 * 1024;
}
