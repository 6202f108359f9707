import { createHash } from "node:crypto";

import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

import { confirmEmailChange, requestEmailChange } from "@/server/auth/email-change";
import { handlePasswordResetRequest, previewResetLink, requestPasswordReset, resetPassword } from "@/server/auth/password-reset";
import { ValidationError } from "@/server/errors";
import { startQueue, stopQueue } from "@/server/jobs/queue";
import { openSecret } from "@/server/mail/secret-box";
import { hashPassword, verifyPassword } from "@/lib/password-hashing";

import { createUser, type TestActor } from "../factories/accounts";
import { createDbClient } from "../factories/db-client";

// Forgot password and change of e-mail address, below the browser: one use, one hour, every session
// ended, audit-logged, rate-limited per address and per account, and the same for unknown addresses.

const db = createDbClient(inject("databaseUrl"));

beforeAll(async () => {
  process.env.SMTP_URL = "smtp://127.0.0.1:9"; // queued only: no worker runs in this file
  await startQueue({ databaseUrl: inject("databaseUrl") });
});

afterAll(async () => {
  await stopQueue();
});

async function userWithPassword(password = "old password 123"): Promise<TestActor> {
  const user = await createUser(db);
  await db.account.create({ data: { id: crypto.randomUUID(), accountId: user.userId, providerId: "credential", userId: user.userId, password: await hashPassword(password) } });
  return user;
}

/** The reset token in the user's newest reset e-mail (opened from its sealed copy, as the worker does). */
async function mailedToken(userId: string, kind: "PASSWORD_RESET" | "EMAIL_CHANGE" = "PASSWORD_RESET"): Promise<string> {
  const message = await db.mailMessage.findFirstOrThrow({ where: { userId, kind }, orderBy: { createdAt: "desc" }, select: { sealedSecret: true } });
  return openSecret(message.sealedSecret!);
}

async function sessionFor(userId: string) {
  return db.session.create({ data: { id: crypto.randomUUID(), token: crypto.randomUUID(), userId, expiresAt: new Date(Date.now() + 3_600_000) } });
}

describe("password reset", () => {
  it("e-mails a link that works once, for an hour, ends every session and is audit-logged", async () => {
    const user = await userWithPassword();
    await Promise.all([sessionFor(user.userId), sessionFor(user.userId)]);
    await handlePasswordResetRequest({ email: user.email, ip: "10.0.0.1" });
    const token = await mailedToken(user.userId);
    const stored = await db.passwordResetToken.findFirstOrThrow({ where: { userId: user.userId } });
    expect(stored.tokenHash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(Math.abs(stored.expiresAt.getTime() - stored.createdAt.getTime() - 60 * 60 * 1000)).toBeLessThan(5_000);
    expect(await previewResetLink(token)).toBe("valid");

    await expect(resetPassword(token, { newPassword: "password" }, "10.0.0.1")).rejects.toThrow(/most commonly used/);
    expect(await resetPassword(token, { newPassword: "a new long passphrase" }, "10.0.0.1")).toEqual({ email: user.email });
    const account = await db.account.findFirstOrThrow({ where: { userId: user.userId } });
    expect(await verifyPassword({ hash: account.password!, password: "a new long passphrase" })).toBe(true);
    expect(await db.session.count({ where: { userId: user.userId } })).toBe(0);
    expect(await db.auditEvent.findFirst({ where: { actorUserId: user.userId, action: "auth.password-reset" } })).not.toBeNull();

    expect(await previewResetLink(token)).toBe("used");
    await expect(resetPassword(token, { newPassword: "another passphrase" }, "10.0.0.1")).rejects.toThrow("already been used");
  });

  it("refuses an expired link and spends every other link of the account", async () => {
    const user = await userWithPassword();
    await handlePasswordResetRequest({ email: user.email, ip: "10.0.0.2" });
    const first = await mailedToken(user.userId);
    await db.passwordResetToken.updateMany({ where: { userId: user.userId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await previewResetLink(first)).toBe("expired");
    await expect(resetPassword(first, { newPassword: "a new long passphrase" }, "10.0.0.2")).rejects.toThrow("expired");

    await handlePasswordResetRequest({ email: user.email, ip: "10.0.0.2" });
    const second = await mailedToken(user.userId);
    await handlePasswordResetRequest({ email: user.email, ip: "10.0.0.2" });
    const third = await mailedToken(user.userId);
    await resetPassword(third, { newPassword: "a new long passphrase" }, "10.0.0.2");
    expect(await previewResetLink(second)).toBe("used");
  });

  it("does nothing for an address without an account, and answers the request the same way", async () => {
    const before = await db.mailMessage.count();
    await expect(requestPasswordReset({ email: "nobody-here@example.test" }, "10.0.0.3")).resolves.toBeUndefined();
    await handlePasswordResetRequest({ email: "nobody-here@example.test", ip: "10.0.0.3" });
    expect(await db.mailMessage.count()).toBe(before);
  });

  it("limits requests per account and per address, before looking anything up", async () => {
    const user = await userWithPassword();
    for (let attempt = 0; attempt < 3; attempt += 1) await requestPasswordReset({ email: user.email }, `10.1.0.${attempt}`);
    await expect(requestPasswordReset({ email: user.email }, "10.1.0.9")).rejects.toThrow(/Too many reset requests/);
    // The same for an address without an account: the answer does not tell them apart.
    for (let attempt = 0; attempt < 3; attempt += 1) await requestPasswordReset({ email: "ghost@example.test" }, `10.2.0.${attempt}`);
    await expect(requestPasswordReset({ email: "ghost@example.test" }, "10.2.0.9")).rejects.toThrow(/Too many reset requests/);
    for (let attempt = 0; attempt < 10; attempt += 1) await requestPasswordReset({ email: `spray-${attempt}@example.test` }, "10.3.0.1");
    await expect(requestPasswordReset({ email: "spray-x@example.test" }, "10.3.0.1")).rejects.toThrow(/Too many reset requests/);
    await expect(requestPasswordReset({ email: "not an address" }, "10.3.0.2")).rejects.toBeInstanceOf(ValidationError);
  });
});

describe("change of e-mail address", () => {
  it("takes effect only when confirmed from the new address, once, and tells the old one", async () => {
    const user = await userWithPassword("my password 123");
    await expect(requestEmailChange(user, { newEmail: "new@example.test", password: "wrong password" }, "10.4.0.1")).rejects.toThrow("Check the highlighted fields.");
    const newEmail = `new-${user.userId.slice(0, 8)}@example.test`;
    await requestEmailChange(user, { newEmail, password: "my password 123" }, "10.4.0.1");
    expect((await db.user.findUniqueOrThrow({ where: { id: user.userId } })).email).toBe(user.email);
    const message = await db.mailMessage.findFirstOrThrow({ where: { userId: user.userId, kind: "EMAIL_CHANGE" } });
    expect(message.toAddress).toBe(newEmail);

    const token = await mailedToken(user.userId, "EMAIL_CHANGE");
    expect(await confirmEmailChange(token, "10.4.0.2")).toEqual({ newEmail });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.userId } })).email).toBe(newEmail);
    const notice = await db.mailMessage.findFirstOrThrow({ where: { userId: user.userId, kind: "EMAIL_CHANGED_NOTICE" } });
    expect(notice.toAddress).toBe(user.email);
    expect(notice.sealedSecret).toBeNull();
    expect(await db.auditEvent.findFirst({ where: { actorUserId: user.userId, action: "auth.email-changed" }, select: { details: true } })).toMatchObject({ details: { from: user.email, to: newEmail } });
    await expect(confirmEmailChange(token, "10.4.0.2")).rejects.toThrow("already been used");
  });

  it("refuses an address that another account took meanwhile", async () => {
    const user = await userWithPassword("my password 123");
    const taken = `taken-${user.userId.slice(0, 8)}@example.test`;
    await requestEmailChange(user, { newEmail: taken, password: "my password 123" }, "10.5.0.1");
    await createUser(db, { email: taken });
    await expect(confirmEmailChange(await mailedToken(user.userId, "EMAIL_CHANGE"), "10.5.0.1")).rejects.toThrow("belongs to another account");
    expect((await db.user.findUniqueOrThrow({ where: { id: user.userId } })).email).toBe(user.email);
  });
});
