import { and, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { invitations, memberships, users } from "@/db/schema";
import { createTestDb } from "../helpers/db";
import { callerFor, makeTeam, makeUser } from "../helpers/factories";

let db: Db;
let team: Awaited<ReturnType<typeof makeTeam>>;
beforeEach(async () => {
  db = await createTestDb();
  team = await makeTeam(db);
});

const roleIn = async (workspaceId: string, userId: string) =>
  (
    await db
      .select({ role: memberships.role })
      .from(memberships)
      .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.userId, userId)))
  )[0]?.role;

async function inviteCarol(role: "admin" | "viewer" = "admin") {
  return team.as.admin.invitation.create({ workspaceId: team.workspaceId, email: "carol@example.com", role });
}

describe("invitations are bound to the invited email", () => {
  it("refuses a different account, with a clear message, and the invitation stays usable", async () => {
    const inv = await inviteCarol("admin");
    const mallory = await makeUser(db, { email: "mallory@example.com" });
    await expect(callerFor(db, mallory.id).invitation.accept({ token: inv.token })).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: "This invitation is for c…@example.com. Sign out and sign in as that person.",
    });
    expect(await roleIn(team.workspaceId, mallory.id)).toBeUndefined();
    // A member of the workspace cannot burn it either.
    await expect(team.as.viewer.invitation.accept({ token: inv.token })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await db.select().from(invitations).where(eq(invitations.id, inv.id)))[0]).toMatchObject({
      acceptedAt: null,
      acceptedBy: null,
    });

    const carol = await makeUser(db, { email: "carol@example.com" });
    await expect(callerFor(db, carol.id).invitation.accept({ token: inv.token })).resolves.toEqual({ workspaceSlug: team.workspace.slug });
    expect(await roleIn(team.workspaceId, carol.id)).toBe("admin");
  });

  it("matches the email case-insensitively", async () => {
    const inv = await team.as.admin.invitation.create({ workspaceId: team.workspaceId, email: "Carol@Example.com", role: "viewer" });
    const carol = await makeUser(db, { email: "carol@example.com" });
    await callerFor(db, carol.id).invitation.accept({ token: inv.token });
    expect(await roleIn(team.workspaceId, carol.id)).toBe("viewer");
  });

  it("is single use", async () => {
    const inv = await inviteCarol("viewer");
    const carol = await makeUser(db, { email: "carol@example.com" });
    await callerFor(db, carol.id).invitation.accept({ token: inv.token });
    await expect(callerFor(db, carol.id).invitation.accept({ token: inv.token })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("a revoked invitation cannot be accepted, even by the invited person", async () => {
    const inv = await inviteCarol("viewer");
    await team.as.admin.invitation.revoke({ workspaceId: team.workspaceId, invitationId: inv.id });
    const carol = await makeUser(db, { email: "carol@example.com" });
    await expect(callerFor(db, carol.id).invitation.accept({ token: inv.token })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await roleIn(team.workspaceId, carol.id)).toBeUndefined();
  });

  it("signing up with the invited email, then accepting, joins with the role given", async () => {
    const inv = await inviteCarol("viewer");
    await callerFor(db, null, "192.0.2.30").auth.signUp({ name: "Carol", email: "carol@example.com", password: "violet kettle 42 ramp" });
    const carol = (await db.select().from(users).where(eq(users.email, "carol@example.com")))[0]!;
    await callerFor(db, carol.id).invitation.accept({ token: inv.token });
    expect(await roleIn(team.workspaceId, carol.id)).toBe("viewer");
  });
});
