import nodemailer, { type Transporter } from "nodemailer";
import { mailFrom, smtpUrl } from "@/server/config/app-url";

/** What the outbox needs from a mail transport: tests may pass their own. */
export type MailTransport = {
  send(message: { to: string; subject: string; text: string; html: string }): Promise<void>;
};

/** One nodemailer transport per SMTP URL, reused (it pools nothing by default: a connection per message). */
const transports = new Map<string, Transporter>();

function transporterFor(url: string): Transporter {
  let transporter = transports.get(url);
  if (!transporter) {
    // Bounded waits: a stalled server fails this attempt (and it is retried) instead of holding the lease.
    transporter = nodemailer.createTransport(url, { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 });
    transports.set(url, transporter);
  }
  return transporter;
}

/** The transport for SMTP_URL, or null when none is configured (mail is then kept in the outbox). */
export function smtpTransport(url = smtpUrl()): MailTransport | null {
  if (!url) return null;
  return {
    async send(message) {
      await transporterFor(url).sendMail({ from: mailFrom(), ...message });
    },
  };
}
