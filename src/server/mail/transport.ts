import "server-only";

import nodemailer, { type Transporter } from "nodemailer";

// The SMTP connection pool (nodemailer), configured by SMTP_URL alone. Short timeouts: a mail
// server that does not answer is "down" for this attempt, and the queue retries later with backoff.

export type OutgoingMail = {
  messageId: string;
  from: { name: string; address: string };
  to: { name: string; address: string };
  replyTo: string | null;
  subject: string;
  html: string;
  text: string;
};

export type MailSender = { send(mail: OutgoingMail): Promise<{ response: string }>; close(): void };

export function createSmtpSender(smtpUrl: string): MailSender {
  const transporter: Transporter = nodemailer.createTransport({
    url: smtpUrl,
    pool: true,
    maxConnections: 3,
    maxMessages: 200,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
    // Never log: protocol logs would hold message bodies and links.
    logger: false,
    debug: false,
  });
  return {
    async send(mail) {
      const info = await transporter.sendMail({
        messageId: mail.messageId,
        from: mail.from,
        to: mail.to,
        replyTo: mail.replyTo ?? undefined,
        subject: mail.subject,
        html: mail.html,
        text: mail.text,
        // Messages people are sent by the app, not replies from a person: mail programs may
        // suppress out-of-office answers to them (RFC 3834).
        headers: { "Auto-Submitted": "auto-generated" },
        disableUrlAccess: true,
        disableFileAccess: true,
      });
      return { response: String(info.response ?? "") };
    },
    close() {
      transporter.close();
    },
  };
}

export type SendFailure = { permanent: boolean; reason: string };

/** What a failed send means: a refusal (5xx) is final, anything else is worth another try. */
export function classifySendError(error: unknown): SendFailure {
  const details = (typeof error === "object" && error !== null ? error : {}) as { code?: string; responseCode?: number; response?: string; command?: string };
  const response = (details.response ?? "").replace(/\s+/g, " ").trim().slice(0, 200);
  if (typeof details.responseCode === "number") {
    if (details.code === "EAUTH") return { permanent: false, reason: `The mail server refused the app's sign-in (${details.responseCode}); check SMTP_URL.` };
    if (details.responseCode >= 500) {
      const what = details.command === "RCPT TO" ? "the address" : "the message";
      return { permanent: true, reason: `The mail server refused ${what}: ${response || details.responseCode}` };
    }
    return { permanent: false, reason: `The mail server asked to try later: ${response || details.responseCode}` };
  }
  if (details.code === "EENVELOPE") return { permanent: true, reason: "The address was refused before sending." };
  const code = details.code ?? (error instanceof Error ? error.name : "unknown error");
  return { permanent: false, reason: `Could not reach the mail server (${code}).` };
}
