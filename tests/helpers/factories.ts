import { insertedRow } from "@/db/database";
import { memberships, users, type Role } from "@/db/schema";
import type { Db } from "@/db/client";
import { newId } from "@/db/ids";
import { createWorkspace } from "@/server/domain/workspace/create";
import { createContext } from "@/server/trpc/context";
import { createCaller } from "@/server/trpc/root";

// Emails start with a letter: a random id may start with "-", which a CSV export
// rightly writes as '-… (formula guard), and tests comparing emails would flicker.
// A fixed, valid hash: factories skip the deliberately slow scrypt.
const FAKE_HASH = "scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAA";

export async function makeUser(db: Db, overrides: Partial<typeof users.$inferInsert> = {}) {
  const id = overrides.id ?? newId();
  return await insertedRow(
    db
      .insert(users)
      .values({ id, name: `User ${id.slice(0, 4)}`, email: `user-${id.toLowerCase()}@example.test`, passwordHash: FAKE_HASH, ...overrides })
      .returning(),
  );
}

/** A workspace whose admin is a new user; more members by role on request. */
export async function makeWorkspace(db: Db, opts: { name?: string; members?: Role[] } = {}) {
  const admin = await makeUser(db);
  const workspace = await db.transaction(async (tx) => await createWorkspace(tx, admin.id, { name: opts.name ?? `Workspace ${newId()}` }));
  const members: Partial<Record<Role, Awaited<ReturnType<typeof makeUser>>>> = { admin };
  for (const role of opts.members ?? []) members[role] = await addMember(db, workspace.id, role);
  return { workspace, admin, members };
}

async function addMember(db: Db, workspaceId: string, role: Role) {
  const user = await makeUser(db);
  await db.insert(memberships).values({ workspaceId, userId: user.id, role });
  return user;
}

/** A tRPC caller acting as a user (or anonymous), through the real router and middleware. */
export function callerFor(db: Db, userId: string | null, ip = "127.0.0.1") {
  return createCaller(createContext({ db, userId, ip }));
}

export const ALL_ROLES: Role[] = ["admin", "executive", "editor", "tracker", "viewer"];

/** Every workspace with one member per role, and a caller per role. */
export async function makeTeam(db: Db) {
  const { workspace, members } = await makeWorkspace(db, { members: ["executive", "editor", "tracker", "viewer"] });
  const as = Object.fromEntries(ALL_ROLES.map((r) => [r, callerFor(db, members[r]!.id)])) as Record<
    Role,
    Awaited<ReturnType<typeof callerFor>>
  >;
  return { workspace, members: members as Record<Role, Awaited<ReturnType<typeof makeUser>>>, as, workspaceId: workspace.id };
}
