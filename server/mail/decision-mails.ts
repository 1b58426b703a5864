import { and, eq, ne } from "drizzle-orm";
import type { Tx } from "@/db/database";
import { memberships, users, workspaces } from "@/db/schema";
import { appUrl } from "@/server/config/app-url";
import { enqueueMail } from "@/server/outbox/enqueue";
import { decisionMadeMail, type DecisionOutcome } from "./templates/decision-made";
import { decisionRequestedMail } from "./templates/decision-requested";

type Actor = { workspaceId: string; userId: string };
type InitiativeRef = { id: string; title: string; ownerId: string | null; createdBy: string | null };

async function workspaceOf(tx: Tx, workspaceId: string) {
  const [row] = await tx.select({ name: workspaces.name, slug: workspaces.slug }).from(workspaces).where(eq(workspaces.id, workspaceId));
  return row ?? { name: "your workspace", slug: "" };
}

async function nameOf(tx: Tx, userId: string): Promise<string> {
  return (await tx.select({ name: users.name }).from(users).where(eq(users.id, userId)))[0]?.name ?? "Someone";
}

function initiativeLink(slug: string, id: string): string {
  return appUrl(`/w/${slug}/initiatives/${id}`);
}

/**
 * "Your decision is requested": one message per executive of the workspace
 * (not to the proposer), written in the transaction that submits it.
 */
export async function enqueueDecisionRequested(tx: Tx, actor: Actor, initiative: InitiativeRef): Promise<void> {
  const executives = await tx
    .select({ email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.workspaceId, actor.workspaceId), eq(memberships.role, "executive"), ne(memberships.userId, actor.userId)));
  if (executives.length === 0) return;
  const ws = await workspaceOf(tx, actor.workspaceId);
  const mail = decisionRequestedMail({
    workspaceName: ws.name,
    title: initiative.title,
    proposerName: await nameOf(tx, actor.userId),
    link: initiativeLink(ws.slug, initiative.id),
  });
  for (const { email } of executives) {
    await enqueueMail(tx, { ...mail, to: email, kind: "decision-requested", workspaceId: actor.workspaceId });
  }
}

/** "Approved/rejected" (with the reason) to the initiative's owner, else its author; nobody is told of their own decision. */
export async function enqueueDecisionMade(
  tx: Tx,
  actor: Actor,
  initiative: InitiativeRef,
  outcome: DecisionOutcome,
  reason: string | null,
): Promise<void> {
  const recipientId = initiative.ownerId ?? initiative.createdBy;
  if (!recipientId || recipientId === actor.userId) return;
  // Still a member: someone who left the workspace is not told about it.
  const [recipient] = await tx
    .select({ email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.workspaceId, actor.workspaceId), eq(memberships.userId, recipientId)));
  if (!recipient) return;
  const ws = await workspaceOf(tx, actor.workspaceId);
  const mail = decisionMadeMail({
    workspaceName: ws.name,
    title: initiative.title,
    outcome,
    deciderName: await nameOf(tx, actor.userId),
    reason,
    link: initiativeLink(ws.slug, initiative.id),
  });
  await enqueueMail(tx, { ...mail, to: recipient.email, kind: `decision-${outcome}`, workspaceId: actor.workspaceId });
}
