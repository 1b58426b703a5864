import type { Metadata } from "next";
import { smtpUrl } from "@/server/config/app-url";
import { Alert, Badge, EmptyState } from "@/app/_components/ui/card";
import { DataTable, type TableColumn } from "@/app/_components/ui/data-table";
import { formatDateTime } from "@/app/_components/ui/format";
import { Link } from "@/app/_components/ui/link";
import { serverApi } from "@/server/trpc/server";
import { AdminPage } from "../admin-page";
import { notFoundUnlessAllowed, requireSignedIn } from "./admin-access";
import { MAIL_STATUS_LABEL } from "./status-label";

const COLUMNS: TableColumn[] = [
  { label: "Written" },
  { label: "To" },
  { label: "Subject" },
  { label: "Status" },
  { label: "Attempts", align: "right" },
  { label: "Last error" },
];

export const metadata: Metadata = { title: "Mail outbox" };
export const dynamic = "force-dynamic";

export default async function OutboxPage() {
  await requireSignedIn("/admin/outbox");
  const rows = await (await serverApi()).auth.outbox().catch(notFoundUnlessAllowed);
  const smtp = Boolean(smtpUrl());
  return (
    <AdminPage title="Mail outbox" subtitle="Every message the app has written, newest first (the latest 200).">
      <div className="mb-4">
        {smtp ? (
          <Alert tone="info">Messages are sent through the SMTP server in SMTP_URL; failed attempts are retried for two days.</Alert>
        ) : (
          <Alert tone="warning">
            No SMTP server is configured (SMTP_URL), so messages are kept here and in the server log instead of being sent. Open a message
            to read it, for example to pass a password reset link on by hand.
          </Alert>
        )}
      </div>
      {rows.length === 0 ? (
        <EmptyState title="No messages yet">Invitations, password resets and notifications will appear here.</EmptyState>
      ) : (
        <div className="overflow-x-auto rounded-lg bg-white ring-1 ring-slate-200">
          <DataTable caption="Mail outbox" columns={COLUMNS} dense>
            {rows.map((m) => (
              <tr key={m.id}>
                <td className="px-3 py-2 whitespace-nowrap text-slate-600">{formatDateTime(m.createdAt)}</td>
                <td className="px-3 py-2 break-all">{m.to}</td>
                <td className="px-3 py-2">
                  <Link href={`/admin/outbox/${m.id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
                    {m.subject}
                  </Link>
                </td>
                <td className="px-3 py-2 whitespace-nowrap">
                  <Badge tone={MAIL_STATUS_LABEL[m.status].tone}>{MAIL_STATUS_LABEL[m.status].label}</Badge>
                  {m.status === "pending" && m.attempts > 0 ? (
                    <span className="block text-xs text-slate-600">next try {formatDateTime(m.nextAttemptAt)}</span>
                  ) : null}
                </td>
                <td className="px-3 py-2 text-right tabular-nums">{m.attempts}</td>
                <td className="px-3 py-2 text-xs text-slate-600">{m.lastError ?? "—"}</td>
              </tr>
            ))}
          </DataTable>
        </div>
      )}
    </AdminPage>
  );
}
