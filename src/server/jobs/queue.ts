import "server-only";

import { fromPrisma, PgBoss, type Queue } from "pg-boss";

import type { Prisma } from "@/generated/prisma/client";

// The job queue: pg-boss on the app's own PostgreSQL (docs/decisions/010-job-queue-pg-boss.md).
// Jobs carry ids, never secrets or message bodies. One PgBoss per process, started by the
// background work (background.ts) in the app server, or by a test; enqueuing needs it started.

/** Attempts at delivering one message before it shows as failed; with the backoff below, about an hour. */
export const MAIL_MAX_ATTEMPTS = 14;

export const queues = {
  /** Delivers one MailMessage (data: { messageId }). Retried with backoff while the mail server is unreachable. */
  sendMail: {
    name: "mail-send",
    notify: true,
    // Retries are counted and decided by delivery.ts (MailMessage.attempts); pg-boss keeps a few
    // more of its own so that a crash during the last attempt still gets the message marked.
    retryLimit: MAIL_MAX_ATTEMPTS + 3,
    retryDelay: 1,
    retryBackoff: true,
    retryDelayMax: 600,
    // A worker that dies mid-send (kill -9, power cut) stops beating; after 30 s another worker, or
    // this one after a restart, takes the job again.
    heartbeatSeconds: 30,
    expireInSeconds: 300,
  },
  /** A forgot-password request (data: { email, ip }), handled in the background so the page answers alike for every address. */
  passwordResetRequest: {
    name: "password-reset-request",
    notify: true,
    retryLimit: 5,
    retryDelay: 2,
    retryBackoff: true,
    heartbeatSeconds: 30,
    // The job holds an e-mail address: keep it no longer than needed.
    deleteAfterSeconds: 3600,
  },
  /** Looks for automatic e-mails that are due (participants' reminders, "re-assessment due" notices); scheduled every few minutes, one run at a time across instances. */
  planReminders: {
    name: "mail-plan-reminders",
    policy: "singleton",
    retryLimit: 1,
    expireInSeconds: 600,
  },
} as const satisfies Record<string, Queue>;

export type QueueName = (typeof queues)[keyof typeof queues]["name"];

const globalForQueue = globalThis as unknown as { mpemBoss?: { boss: PgBoss; started: Promise<PgBoss> } };

export type QueueOptions = {
  databaseUrl: string;
  /** How often an instance checks for lost jobs (dead workers' heartbeats) and due schedules. */
  superviseIntervalSeconds?: number;
};

/** Starts this process's queue (creating pg-boss's schema and our queues on first use). */
export function startQueue({ databaseUrl, superviseIntervalSeconds = 10 }: QueueOptions): Promise<PgBoss> {
  if (globalForQueue.mpemBoss) return globalForQueue.mpemBoss.started;
  const boss = new PgBoss({
    connectionString: databaseUrl,
    max: 5,
    useListenNotify: true,
    superviseIntervalSeconds,
    monitorIntervalSeconds: superviseIntervalSeconds,
    cronMonitorIntervalSeconds: 30,
    cronWorkerIntervalSeconds: 30,
    registerInstance: false,
    application_name: "mpem-jobs",
  });
  const started = (async () => {
    await boss.start();
    for (const queue of Object.values(queues)) {
      const { name, ...options } = queue;
      // On later starts the queue exists: apply changed retry and expiry options (a queue's policy
      // is fixed when it is created, and pg-boss refuses to be given it again).
      if (await boss.getQueue(name)) {
        const { policy: _policy, ...changeable } = options as typeof options & { policy?: string };
        await boss.updateQueue(name, changeable);
      } else {
        await boss.createQueue(name, options);
      }
    }
    return boss;
  })();
  globalForQueue.mpemBoss = { boss, started };
  started.catch(() => {
    if (globalForQueue.mpemBoss?.boss === boss) globalForQueue.mpemBoss = undefined;
  });
  return started;
}

/** The started queue; throws if nothing started it (enqueuing from a process without background work). */
export async function getQueue(): Promise<PgBoss> {
  if (!globalForQueue.mpemBoss) throw new Error("The job queue is not started in this process.");
  return globalForQueue.mpemBoss.started;
}

export async function stopQueue({ graceful = true, timeoutMs = 10_000 } = {}): Promise<void> {
  const current = globalForQueue.mpemBoss;
  if (!current) return;
  globalForQueue.mpemBoss = undefined;
  const boss = await current.started.catch(() => null);
  await boss?.stop({ graceful, timeout: timeoutMs, close: true });
}

/**
 * Enqueues jobs as part of `tx`: pg-boss's statements run inside the Prisma transaction, so a job
 * exists if, and only if, the change that caused it commits. This is what makes an outbox row and
 * its delivery job one unit.
 */
export async function enqueueInTransaction(tx: Prisma.TransactionClient, name: QueueName, jobs: { data: object; singletonKey?: string }[]): Promise<void> {
  if (jobs.length === 0) return;
  const boss = await getQueue();
  await boss.insert(name, jobs, { db: fromPrisma(tx) });
}
