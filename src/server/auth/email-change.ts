import "server-only";

import { randomBytes } from "node:crypto";

import { z } from "zod";

import { getServerEnv } from "@/env";
import { recordAuditEvent } from "@/server/audit";
import { getDb } from "@/server/db";
import { UnauthenticatedError, ValidationError } from "@/server/errors";
import { queueMail } from "@/server/mail/outbox";
import { hashSecret } from "@/server/mail/secret-box";
import { parseOrThrow } from "@/server/validation";

import { PASSWORD_MAX_LENGTH, verifyPassword } from "./password";
import type { Actor } from "./session";
import { describeWait, getThrottle, type Limit } from "./throttle";

// A change of sign-in address takes effect only when it is confirmed from the new address: the
// request (which needs the current password) e-mails a one-use link there, valid for 24 hours.
// Confirming changes the address, writes the audit log, and tells the old address.
// Whether the new address already has an account is not said when asking (that would let anyone
// signed in test addresses); the confirmation page says it, to the owner of that address.

export const EMAIL_CHANGE_HOURS = 24;
const emailChangeLimit: Limit = { name: "email-change:account", points: 5, durationSeconds: 60 * 60 };

const requestInput = z.object({
  newEmail: z.string().trim().toLowerCase().max(254, "E-mail must be at most 254 characters.").pipe(z.email("Enter a valid e-mail address.")),
  password: z.string().min(1, "Enter your current password.").max(PASSWORD_MAX_LENGTH * 4),
});

export async function requestEmailChange(actor: Actor | null, input: unknown, ipAddress: string): Promise<{ newEmail: string }> {
  if (!actor) throw new UnauthenticatedError();
  const { newEmail, password } = parseOrThrow(requestInput, input);
  if (newEmail === actor.email.toLowerCase()) throw new ValidationError("Check the highlighted fields.", { newEmail: ["That is already your address."] });
  const verdict = await getThrottle(getServerEnv().DATABASE_URL).consume(emailChangeLimit, actor.userId);
  if (!verdict.allowed) throw new ValidationError(`Too many address changes asked for. Try again in ${describeWait(verdict.retryAfterSeconds)}.`);
  const db = getDb();
  const account = await db.account.findFirst({ where: { userId: actor.userId, providerId: "credential" }, select: { password: true } });
  if (!account?.password || !(await verifyPassword({ hash: account.password, password }))) {
    throw new ValidationError("Check the highlighted fields.", { password: ["The password is not right."] });
  }
  const token = randomBytes(32).toString("base64url");
  await db.$transaction(async (tx) => {
    await tx.emailChangeRequest.create({ data: { userId: actor.userId, newEmail, tokenHash: hashSecret(token), expiresAt: new Date(Date.now() + EMAIL_CHANGE_HOURS * 60 * 60 * 1000) } });
    await queueMail(tx, [
      { kind: "EMAIL_CHANGE", fields: { recipientName: actor.name, newEmail, validHours: EMAIL_CHANGE_HOURS }, toAddress: newEmail, toName: actor.name, secret: token, userId: actor.userId },
    ]);
    await recordAuditEvent(tx, { action: "auth.email-change.requested", actor, ipAddress, details: { to: newEmail } });
  });
  return { newEmail };
}

export type EmailChangePreview = { status: "valid"; newEmail: string } | { status: "used" | "expired" | "unknown" };

export function emailChangeProblem(status: Exclude<EmailChangePreview["status"], "valid">): string {
  switch (status) {
    case "used":
      return "This confirmation link has already been used.";
    case "expired":
      return `This confirmation link has expired: links work for ${EMAIL_CHANGE_HOURS} hours. Ask for the change again from your account page.`;
    case "unknown":
      return "This confirmation link is not valid. Check that you opened all of it.";
  }
}

export async function previewEmailChange(token: string): Promise<EmailChangePreview> {
  if (typeof token !== "string" || !/^[A-Za-z0-9_-]{20,100}$/.test(token)) return { status: "unknown" };
  const found = await getDb().emailChangeRequest.findUnique({ where: { tokenHash: hashSecret(token) }, select: { usedAt: true, expiresAt: true, newEmail: true } });
  if (!found) return { status: "unknown" };
  if (found.usedAt) return { status: "used" };
  if (found.expiresAt <= new Date()) return { status: "expired" };
  return { status: "valid", newEmail: found.newEmail };
}

/** Confirms the change. A POST (a button on the page), so a mail scanner that follows links cannot spend it. */
export async function confirmEmailChange(token: string, ipAddress: string): Promise<{ newEmail: string }> {
  const preview = await previewEmailChange(token);
  if (preview.status !== "valid") throw new ValidationError(emailChangeProblem(preview.status));
  try {
    return await getDb().$transaction(async (tx) => {
      const claimed = await tx.emailChangeRequest.updateManyAndReturn({
        where: { tokenHash: hashSecret(token), usedAt: null, expiresAt: { gt: new Date() } },
        data: { usedAt: new Date() },
        select: { userId: true, newEmail: true },
      });
      const change = claimed[0];
      if (!change) throw new ValidationError(emailChangeProblem("used"));
      if (await tx.user.findUnique({ where: { email: change.newEmail }, select: { id: true } })) throw new ValidationError("This address now belongs to another account, so it cannot become yours.");
      const user = await tx.user.findUniqueOrThrow({ where: { id: change.userId }, select: { email: true, name: true } });
      await tx.user.update({ where: { id: change.userId }, data: { email: change.newEmail, emailVerified: true } });
      await tx.emailChangeRequest.updateMany({ where: { userId: change.userId, usedAt: null }, data: { usedAt: new Date() } });
      await queueMail(tx, [
        { kind: "EMAIL_CHANGED_NOTICE", fields: { recipientName: user.name, oldEmail: user.email, newEmail: change.newEmail }, toAddress: user.email, toName: user.name, userId: change.userId },
      ]);
      await recordAuditEvent(tx, { action: "auth.email-changed", actor: { userId: change.userId, email: change.newEmail }, ipAddress, details: { from: user.email, to: change.newEmail } });
      return { newEmail: change.newEmail };
    });
  } catch (error) {
    // Two accounts confirming one address at once: the second meets the unique index.
    if (typeof error === "object" && error !== null && "code" in error && error.code === "P2002") throw new ValidationError("This address now belongs to another account, so it cannot become yours.");
    throw error;
  }
}
