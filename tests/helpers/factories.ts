import { memberships, users, type Role } from "@/db/schema";
import type { Db } from "@/db/client";
import { newId } from "@/db/ids";
import { createWorkspace } from "@/server/domain/workspace/create";
import { createContext } from "@/server/trpc/context";
import { createCaller } from "@/server/trpc/root";

// A fixed, valid hash: factories skip the deliberately slow scrypt.
const FAKE_HASH = "scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAA";

export function makeUser(db: Db, overrides: Partial<typeof users.$inferInsert> = {}) {
  const id = overrides.id ?? newId();
  return db
    .insert(users)
    .values({ id, name: `User ${id.slice(0, 4)}`, email: `${id.toLowerCase()}@example.test`, passwordHash: FAKE_HASH, ...overrides })
    .returning()
    .get();
}

/** A workspace whose admin is a new user; more members by role on request. */
export function makeWorkspace(db: Db, opts: { name?: string; members?: Role[] } = {}) {
  const admin = makeUser(db);
  const workspace = db.transaction((tx) => createWorkspace(tx, admin.id, { name: opts.name ?? `Workspace ${newId()}` }));
  const members: Partial<Record<Role, ReturnType<typeof makeUser>>> = { admin };
  for (const role of opts.members ?? []) members[role] = addMember(db, workspace.id, role);
  return { workspace, admin, members };
}

function addMember(db: Db, workspaceId: string, role: Role) {
  const user = makeUser(db);
  db.insert(memberships).values({ workspaceId, userId: user.id, role }).run();
  return user;
}

/** A tRPC caller acting as a user (or anonymous), through the real router and middleware. */
export function callerFor(db: Db, userId: string | null, ip = "127.0.0.1") {
  return createCaller(createContext({ db, userId, ip }));
}

export const ALL_ROLES: Role[] = ["admin", "executive", "editor", "tracker", "viewer"];

/** Every workspace with one member per role, and a caller per role. */
export function makeTeam(db: Db) {
  const { workspace, members } = makeWorkspace(db, { members: ["executive", "editor", "tracker", "viewer"] });
  const as = Object.fromEntries(ALL_ROLES.map((r) => [r, callerFor(db, members[r]!.id)])) as Record<Role, ReturnType<typeof callerFor>>;
  return { workspace, members: members as Record<Role, ReturnType<typeof makeUser>>, as, workspaceId: workspace.id };
}
