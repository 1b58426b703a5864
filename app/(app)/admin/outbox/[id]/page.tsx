import type { Metadata } from "next";
import { Badge } from "@/app/_components/ui/card";
import { formatDateTime } from "@/app/_components/ui/format";
import { Link } from "@/app/_components/ui/link";
import { serverApi } from "@/server/trpc/server";
import { AdminPage } from "../../admin-page";
import { notFoundUnlessAllowed, requireSignedIn } from "../admin-access";
import { MAIL_STATUS_LABEL } from "../status-label";

export const metadata: Metadata = { title: "Outbox message" };
export const dynamic = "force-dynamic";

export default async function OutboxMessagePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireSignedIn(`/admin/outbox/${id}`);
  const m = await (await serverApi()).auth.outboxMessage({ id }).catch(notFoundUnlessAllowed);
  const status = MAIL_STATUS_LABEL[m.status];
  return (
    <AdminPage title={m.subject} subtitle={<Link href="/admin/outbox">Back to the outbox</Link>}>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-slate-600">To</dt>
        <dd className="break-all">{m.to}</dd>
        <dt className="text-slate-600">Kind</dt>
        <dd>{m.kind}</dd>
        <dt className="text-slate-600">Status</dt>
        <dd>
          <Badge tone={status.tone}>{status.label}</Badge>
        </dd>
        <dt className="text-slate-600">Written</dt>
        <dd>{formatDateTime(m.createdAt)}</dd>
        <dt className="text-slate-600">Attempts</dt>
        <dd>{m.attempts}</dd>
        {m.sentAt ? (
          <>
            <dt className="text-slate-600">Sent</dt>
            <dd>{formatDateTime(m.sentAt)}</dd>
          </>
        ) : null}
        {m.lastError ? (
          <>
            <dt className="text-slate-600">Last error</dt>
            <dd>{m.lastError}</dd>
          </>
        ) : null}
      </dl>
      <h2 className="mt-6 text-sm font-semibold text-slate-900">Text</h2>
      <pre
        className="mt-2 overflow-x-auto rounded-lg bg-white p-4 text-sm whitespace-pre-wrap text-slate-800 ring-1 ring-slate-200"
        data-testid="outbox-text"
      >
        {m.text}
      </pre>
    </AdminPage>
  );
}
