import "server-only";

import { randomBytes } from "node:crypto";

import { z } from "zod";

import { getServerEnv } from "@/env";
import { recordAuditEvent } from "@/server/audit";
import { getDb } from "@/server/db";
import { ValidationError } from "@/server/errors";
import { getQueue, queues } from "@/server/jobs/queue";
import { queueMail } from "@/server/mail/outbox";
import { hashSecret } from "@/server/mail/secret-box";
import { parseOrThrow } from "@/server/validation";

import { checkNewPassword, hashPassword, PASSWORD_MAX_LENGTH } from "./password";
import { describeWait, getThrottle, type Limit } from "./throttle";

// Forgot password. Our own flow rather than better-auth's: its reset endpoint would have to be
// opened over HTTP, it keeps the token in clear, and it cannot write the e-mail in the transaction
// that creates the token. Here a reset link is one use, one hour, stored as a hash; setting the new
// password ends every session of the account and is audit-logged.
//
// The request is answered the same way whether or not the address has an account: it is counted
// against the limits (per address and per account, both before anything is looked up), handed to
// the job queue, and the page says "if an account exists, a link is on its way". The job looks the
// account up, so the answer's timing says nothing either.

export const RESET_LINK_MINUTES = 60;

export const passwordResetLimits = {
  /** One address asking for many accounts. */
  address: { name: "password-reset:ip", points: 10, durationSeconds: 60 * 60 },
  /** One account asked for from anywhere: stops its owner's mailbox being flooded. */
  account: { name: "password-reset:account", points: 3, durationSeconds: 60 * 60 },
} as const satisfies Record<string, Limit>;

const emailInput = z.string().trim().toLowerCase().max(254, "E-mail must be at most 254 characters.").pipe(z.email("Enter a valid e-mail address."));

export type PasswordResetRequestJob = { email: string; ip: string };

export async function requestPasswordReset(input: unknown, ipAddress: string): Promise<void> {
  const { email } = parseOrThrow(z.object({ email: emailInput }), input);
  const throttle = getThrottle(getServerEnv().DATABASE_URL);
  const byAddress = await throttle.consume(passwordResetLimits.address, ipAddress);
  const byAccount = byAddress.allowed ? await throttle.consume(passwordResetLimits.account, email) : byAddress;
  if (!byAccount.allowed) {
    throw new ValidationError(`Too many reset requests. Try again in ${describeWait(byAccount.retryAfterSeconds)}.`);
  }
  const boss = await getQueue();
  await boss.send(queues.passwordResetRequest.name, { email, ip: ipAddress } satisfies PasswordResetRequestJob);
}

/** The job: if the address has an account, a reset link and its e-mail, in one transaction. */
export async function handlePasswordResetRequest({ email, ip }: PasswordResetRequestJob): Promise<void> {
  const db = getDb();
  const user = await db.user.findUnique({ where: { email }, select: { id: true, name: true, email: true, accounts: { where: { providerId: "credential" }, select: { id: true } } } });
  if (!user || user.accounts.length === 0) return;
  const token = randomBytes(32).toString("base64url");
  await db.$transaction(async (tx) => {
    await tx.passwordResetToken.create({ data: { userId: user.id, tokenHash: hashSecret(token), expiresAt: new Date(Date.now() + RESET_LINK_MINUTES * 60 * 1000) } });
    await queueMail(tx, [
      { kind: "PASSWORD_RESET", fields: { recipientName: user.name, validMinutes: RESET_LINK_MINUTES }, toAddress: user.email, toName: user.name, secret: token, userId: user.id },
    ]);
    await recordAuditEvent(tx, { action: "auth.password-reset.requested", actor: { userId: user.id, email: user.email }, ipAddress: ip });
  });
}

export type ResetLinkStatus = "valid" | "used" | "expired" | "unknown";

export function resetLinkProblem(status: Exclude<ResetLinkStatus, "valid">): string {
  switch (status) {
    case "used":
      return "This reset link has already been used. If you still need a new password, ask for another link.";
    case "expired":
      return `This reset link has expired: links work for ${RESET_LINK_MINUTES} minutes. Ask for another one.`;
    case "unknown":
      return "This reset link is not valid. Check that you opened all of it, or ask for another one.";
  }
}

export async function previewResetLink(token: string): Promise<ResetLinkStatus> {
  if (typeof token !== "string" || !/^[A-Za-z0-9_-]{20,100}$/.test(token)) return "unknown";
  const found = await getDb().passwordResetToken.findUnique({ where: { tokenHash: hashSecret(token) }, select: { usedAt: true, expiresAt: true } });
  if (!found) return "unknown";
  if (found.usedAt) return "used";
  return found.expiresAt <= new Date() ? "expired" : "valid";
}

/** Sets a new password with a reset link: the link is spent, every session of the account ends. */
export async function resetPassword(token: string, input: unknown, ipAddress: string): Promise<{ email: string }> {
  const { newPassword } = parseOrThrow(z.object({ newPassword: z.string().min(1, "Enter a new password.").max(PASSWORD_MAX_LENGTH * 4, `Use at most ${PASSWORD_MAX_LENGTH} characters.`) }), input);
  const problem = checkNewPassword(newPassword);
  if (problem) throw new ValidationError(problem, { newPassword: [problem] });
  const status = await previewResetLink(token);
  if (status !== "valid") throw new ValidationError(resetLinkProblem(status));
  const passwordHash = await hashPassword(newPassword);
  return getDb().$transaction(async (tx) => {
    // The claim: of two submissions with one link, only one finds it unused.
    const claimed = await tx.passwordResetToken.updateManyAndReturn({
      where: { tokenHash: hashSecret(token), usedAt: null, expiresAt: { gt: new Date() } },
      data: { usedAt: new Date() },
      select: { userId: true },
    });
    if (!claimed[0]) throw new ValidationError(resetLinkProblem("used"));
    const spent = { userId: claimed[0].userId, user: await tx.user.findUniqueOrThrow({ where: { id: claimed[0].userId }, select: { email: true } }) };
    await tx.account.updateMany({ where: { userId: spent.userId, providerId: "credential" }, data: { password: passwordHash } });
    // Other links sent to this account stop working too, and every session ends.
    await tx.passwordResetToken.updateMany({ where: { userId: spent.userId, usedAt: null }, data: { usedAt: new Date() } });
    await tx.session.deleteMany({ where: { userId: spent.userId } });
    await recordAuditEvent(tx, { action: "auth.password-reset", actor: { userId: spent.userId, email: spent.user.email }, ipAddress });
    return { email: spent.user.email };
  });
}
