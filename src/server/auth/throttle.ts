import "server-only";

import { createHash } from "node:crypto";

import type { PrismaClient } from "@/generated/prisma/client";

// Counting failures in PostgreSQL (not process memory) makes the limits hold across every app
// instance and across restarts. Keys are hashed so the table holds no e-mail addresses or IPs.

export type ThrottleRule = { bucket: string; max: number; windowSeconds: number };

const FIFTEEN_MINUTES = 15 * 60;

export const signInRules = {
  perAccountAndIp: { bucket: "sign-in:account+ip", max: 5, windowSeconds: FIFTEEN_MINUTES },
  perIp: { bucket: "sign-in:ip", max: 50, windowSeconds: FIFTEEN_MINUTES },
} as const satisfies Record<string, ThrottleRule>;

export function signUpRulePerIp(maxPerHour: number): ThrottleRule {
  return { bucket: "sign-up:ip", max: maxPerHour, windowSeconds: 60 * 60 };
}

function hashKey(key: string): string {
  return createHash("sha256").update(key).digest("base64url");
}

/** Seconds until the caller may try again, or 0 if no rule is exhausted. */
export async function secondsUntilAllowed(
  db: PrismaClient,
  checks: readonly { rule: ThrottleRule; key: string }[],
): Promise<number> {
  let wait = 0;
  for (const { rule, key } of checks) {
    const since = new Date(Date.now() - rule.windowSeconds * 1000);
    const recent = await db.authThrottleEvent.findMany({
      where: { bucket: rule.bucket, key: hashKey(key), createdAt: { gt: since } },
      select: { createdAt: true },
      orderBy: { createdAt: "desc" },
      take: rule.max,
    });
    if (recent.length >= rule.max) {
      const oldestCounted = recent[recent.length - 1]!.createdAt.getTime();
      wait = Math.max(wait, Math.ceil((oldestCounted + rule.windowSeconds * 1000 - Date.now()) / 1000));
    }
  }
  return wait;
}

export async function recordThrottleEvents(db: PrismaClient, events: readonly { rule: ThrottleRule; key: string }[]): Promise<void> {
  await db.authThrottleEvent.createMany({
    data: events.map(({ rule, key }) => ({ bucket: rule.bucket, key: hashKey(key) })),
  });
  // Old rows count for nothing; clearing them now and then keeps the table small without a cron job.
  if (Math.random() < 0.02) {
    await db.authThrottleEvent.deleteMany({ where: { createdAt: { lt: new Date(Date.now() - 24 * 60 * 60 * 1000) } } });
  }
}

export async function clearThrottle(db: PrismaClient, rule: ThrottleRule, key: string): Promise<void> {
  await db.authThrottleEvent.deleteMany({ where: { bucket: rule.bucket, key: hashKey(key) } });
}

export function describeWait(seconds: number): string {
  const minutes = Math.ceil(seconds / 60);
  return minutes <= 1 ? "a minute" : `${minutes} minutes`;
}
