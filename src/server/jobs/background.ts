import "server-only";

import { getServerEnv } from "@/env";
import { handlePasswordResetRequest, type PasswordResetRequestJob } from "@/server/auth/password-reset";
import { logger } from "@/server/logger";
import { getMailConfig } from "@/server/mail/config";
import { deliverMessage, RetryLaterError } from "@/server/mail/delivery";
import { planReassessmentDueMail } from "@/server/mail/reassessment-due";
import { planDueReminders } from "@/server/mail/reminders";
import { createSmtpSender, type MailSender } from "@/server/mail/transport";

import type { JobResult } from "pg-boss";

import { queues, startQueue, stopQueue } from "./queue";

// The app's background work, inside the app server process (started from src/instrumentation.ts,
// so `npm start` stays the only command): deliver queued e-mail, handle forgot-password requests,
// and plan automatic e-mails (participants' reminders, "re-assessment due" notices). Every instance on the same database runs it; pg-boss hands each
// job to one of them.

/** How often the planner of automatic e-mails runs (cron, minutes). Each tick runs once across all instances. */
const REMINDER_CRON = "*/5 * * * *";

export type BackgroundWork = { stop(): Promise<void> };

const MAIL_WORK_OPTIONS = {
  batchSize: 10,
  perJobResults: true,
  burstWhenBatchFull: true,
  localConcurrency: 2,
  pollingIntervalSeconds: 2,
  notifyPollingIntervalSeconds: 2,
} as const;
type MailWorkOptions = typeof MAIL_WORK_OPTIONS;

export async function startBackgroundWork({ sender: givenSender, superviseIntervalSeconds }: { sender?: MailSender; superviseIntervalSeconds?: number } = {}): Promise<BackgroundWork> {
  const { DATABASE_URL } = getServerEnv();
  const boss = await startQueue({ databaseUrl: DATABASE_URL, superviseIntervalSeconds });
  boss.on("error", (error: Error & { code?: string }) => logger.error({ err: { message: error.message, code: error.code } }, "job queue error"));
  const config = getMailConfig();
  const sender = givenSender ?? (config.smtpUrl ? createSmtpSender(config.smtpUrl) : null);

  if (sender) {
    // Batches of up to 10, sent side by side through the SMTP pool; while batches come back full the
    // worker fetches again at once. Each job is settled on its own: a message to retry fails alone.
    await boss.work<{ messageId: string }, unknown, MailWorkOptions>(queues.sendMail.name, MAIL_WORK_OPTIONS, async (jobs) =>
      Promise.all(
        jobs.map(async (job): Promise<JobResult> => {
          try {
            return { id: job.id, status: "completed", output: { outcome: await deliverMessage(job.data.messageId, sender) } };
          } catch (error) {
            // The reason is about the mail server, never the message (see delivery.ts).
            return { id: job.id, status: "failed", output: { reason: error instanceof RetryLaterError ? error.message : "Unexpected error while sending." } };
          }
        }),
      ),
    );
  }
  await boss.work<PasswordResetRequestJob>(queues.passwordResetRequest.name, { batchSize: 1, pollingIntervalSeconds: 2 }, async ([job]) => {
    await handlePasswordResetRequest(job!.data);
  });
  await boss.work(queues.planReminders.name, { batchSize: 1, pollingIntervalSeconds: 5 }, async () => {
    // Each planner on its own: one that fails (and is retried with the job) does not hold back the other.
    const [reminders, reassessmentDue] = await Promise.allSettled([planDueReminders(), planReassessmentDueMail()]);
    if (reminders.status === "fulfilled" && reminders.value > 0) logger.info({ queued: reminders.value }, "automatic reminders queued");
    if (reassessmentDue.status === "fulfilled" && reassessmentDue.value > 0) logger.info({ queued: reassessmentDue.value }, "re-assessment due e-mails queued");
    const failed = [reminders, reassessmentDue].find((result) => result.status === "rejected");
    if (failed) throw failed.reason;
  });
  await boss.schedule(queues.planReminders.name, REMINDER_CRON);
  // And once now, so that a start (after a deploy, a crash or a night switched off) catches up at
  // once rather than at the next tick. The planners claim what they send, so an extra run is harmless.
  await boss.send(queues.planReminders.name, {});
  logger.info({ mail: config.isConfigured ? "smtp" : "outbox only (no SMTP_URL)" }, "background work started");

  return {
    async stop() {
      await stopQueue({ graceful: true, timeoutMs: 4_000 });
      sender?.close();
    },
  };
}
