import type { MailStatus } from "@/db/schema/mail";

/** How the outbox's statuses read on the admin's pages. */
export const MAIL_STATUS_LABEL: Record<MailStatus, { label: string; tone: "slate" | "green" | "amber" | "red" | "brand" }> = {
  pending: { label: "Waiting to send", tone: "amber" },
  sent: { label: "Sent", tone: "green" },
  failed: { label: "Given up", tone: "red" },
  kept: { label: "Kept here (no SMTP server)", tone: "brand" },
};
