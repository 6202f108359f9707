import "server-only";

import { getServerEnv } from "@/env";

export type MailConfig = {
  /** Whether messages leave the server. Without SMTP_URL they wait in the outbox (status HELD). */
  isConfigured: boolean;
  smtpUrl: string | undefined;
  /** The envelope and From address; the From *name* is set per message (who sends it, on whose behalf). */
  fromAddress: string;
  hourlyLimit: number;
  /** The app's public origin: links in messages, and the domain of each Message-ID. */
  appUrl: string;
};

export function getMailConfig(): MailConfig {
  const env = getServerEnv();
  const appHost = new URL(env.APP_URL).hostname;
  const from = env.MAIL_FROM ?? `no-reply@${appHost.includes(".") ? appHost : `${appHost}.localdomain`}`;
  return {
    isConfigured: Boolean(env.SMTP_URL),
    smtpUrl: env.SMTP_URL,
    fromAddress: /<([^<>]+)>\s*$/.exec(from)?.[1]?.trim() ?? from,
    hourlyLimit: env.MAIL_HOURLY_LIMIT,
    appUrl: env.APP_URL,
  };
}
