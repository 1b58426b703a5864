import { eq } from "drizzle-orm";
import type { Tx } from "@/db/database";
import { users, workspaces } from "@/db/schema";
import { appUrl } from "@/server/config/app-url";
import { invitationMail } from "@/server/mail/templates/invitation";
import { enqueueMail } from "@/server/outbox/enqueue";

/** The invitation's email, with its bound link, written in the invitation's own transaction. */
export async function enqueueInvitationMail(
  tx: Tx,
  input: { workspaceId: string; inviterId: string; email: string; role: string; token: string; expiresAt: number },
): Promise<void> {
  const [workspace] = await tx.select({ name: workspaces.name }).from(workspaces).where(eq(workspaces.id, input.workspaceId));
  const [inviter] = await tx.select({ name: users.name }).from(users).where(eq(users.id, input.inviterId));
  const mail = invitationMail({
    inviterName: inviter?.name ?? "A workspace admin",
    workspaceName: workspace?.name ?? "a workspace",
    role: input.role,
    link: appUrl(`/invite/${input.token}`),
    expiresOn: new Date(input.expiresAt).toISOString().slice(0, 10),
  });
  await enqueueMail(tx, { ...mail, to: input.email, kind: "invitation", workspaceId: input.workspaceId });
}
