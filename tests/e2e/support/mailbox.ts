import { expect } from "@playwright/test";

// Reads what the end-to-end run's test mail server received (tests/support/mail-catcher.ts).

export type Mail = { messageId: string; to: string; from: string; fromName: string; replyTo: string | null; subject: string; text: string; html: string };

function readerUrl(): string {
  const url = process.env.MPEM_E2E_MAIL_READER;
  if (!url) throw new Error("MPEM_E2E_MAIL_READER is not set: run the tests through playwright.config.ts.");
  return url;
}

export async function mailsTo(address: string): Promise<Mail[]> {
  const response = await fetch(`${readerUrl()}/messages?to=${encodeURIComponent(address)}`);
  return (await response.json()) as Mail[];
}

/** Waits until `count` messages have arrived for `address`, and returns them (oldest first). */
export async function waitForMails(address: string, count = 1, timeout = 20_000): Promise<Mail[]> {
  let mails: Mail[] = [];
  await expect
    .poll(
      async () => {
        mails = await mailsTo(address);
        return mails.length;
      },
      { timeout, message: `${count} e-mail(s) to ${address}` },
    )
    .toBeGreaterThanOrEqual(count);
  return mails;
}

/** The first link to this app in a message's plain text. */
export function linkIn(mail: Mail, pathPrefix: string): string {
  const match = new RegExp(`https?://[^\\s]+${pathPrefix.replace(/[/]/g, "\\/")}[A-Za-z0-9_-]+`).exec(mail.text);
  if (!match) throw new Error(`No ${pathPrefix} link in the message "${mail.subject}".`);
  return match[0];
}
