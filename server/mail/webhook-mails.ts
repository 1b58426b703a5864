import { and, eq } from "drizzle-orm";
import type { Tx } from "@/db/database";
import { memberships, users, workspaces } from "@/db/schema";
import { appUrl } from "@/server/config/app-url";
import { enqueueMail } from "@/server/outbox/enqueue";
import { webhookPausedMail } from "./templates/webhook-paused";

/** "A webhook was paused": to each admin of its workspace, written in the transaction that pauses it. */
export async function enqueueWebhookPaused(tx: Tx, hook: { workspaceId: string; url: string }, failures: number): Promise<void> {
  const [ws] = await tx
    .select({ name: workspaces.name, slug: workspaces.slug })
    .from(workspaces)
    .where(eq(workspaces.id, hook.workspaceId));
  if (!ws) return;
  const admins = await tx
    .select({ email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.workspaceId, hook.workspaceId), eq(memberships.role, "admin")));
  const mail = webhookPausedMail({ workspaceName: ws.name, url: hook.url, failures, link: appUrl(`/w/${ws.slug}/settings/webhooks`) });
  for (const { email } of admins) await enqueueMail(tx, { ...mail, to: email, kind: "webhook-paused", workspaceId: hook.workspaceId });
}
