import "server-only";

import { z } from "zod";

import { textField } from "@/domain/text-fields";
import { getServerEnv } from "@/env";
import { recordAuditEvent } from "@/server/audit";
import { getDb } from "@/server/db";
import { ValidationError } from "@/server/errors";
import { claimInvitation, invitationProblem, previewInvitation } from "@/server/members";
import { parseOrThrow } from "@/server/validation";
import { createOwnedWorkspace } from "@/server/workspaces";

import { checkNewPassword, hashPassword, PASSWORD_MAX_LENGTH } from "./password";
import { describeWait, getThrottle, signUpLimit } from "./throttle";

// A new account is created all at once or not at all: the user, their password, and either their
// own workspace or the workspace their invitation leads to, in one transaction. (better-auth's own
// sign-up would create and sign in the user first; if the workspace or invitation step then failed,
// a retry said "the account exists" for an account that had nothing.) The session is made
// afterwards by an ordinary sign-in with the same password.

export const signUpInput = z.object({
  name: z.string().trim().min(1, "Enter your name.").max(80, "Name must be at most 80 characters."),
  email: z.string().trim().toLowerCase().max(254, "E-mail must be at most 254 characters.").pipe(z.email("Enter a valid e-mail address.")),
  password: z.string().min(1, "Enter your password.").max(PASSWORD_MAX_LENGTH * 4, `Use at most ${PASSWORD_MAX_LENGTH} characters.`),
  workspaceName: textField("Workspace name", 80).optional(),
  invite: z.string().max(100).optional(),
});

/** `home`: where the new account lands (the workspace, or a client executive's organization). */
export type NewAccount = { userId: string; email: string; name: string; slug: string; home: string };

const ACCOUNT_EXISTS = "An account with this e-mail already exists.";

export async function registerAccount(input: unknown, ipAddress: string): Promise<NewAccount> {
  const { name, email, password, workspaceName, invite } = parseOrThrow(signUpInput, input);
  const problem = checkNewPassword(password);
  if (problem) throw new ValidationError(problem, { password: [problem] });
  const env = getServerEnv();
  const verdict = await getThrottle(env.DATABASE_URL).consume(signUpLimit(env.SIGN_UP_LIMIT_PER_HOUR), ipAddress);
  if (!verdict.allowed) throw new ValidationError(`Too many sign-ups from this address. Try again in ${describeWait(verdict.retryAfterSeconds)}.`);
  if (invite) {
    // Checked before anything is written, and again inside the transaction (it may change meanwhile).
    const preview = await previewInvitation(invite);
    if (preview.status !== "valid") throw new ValidationError(invitationProblem(preview.status));
  }
  const passwordHash = await hashPassword(password);
  const db = getDb();
  try {
    return await db.$transaction(async (tx) => {
      if (await tx.user.findUnique({ where: { email }, select: { id: true } })) throw new ValidationError(ACCOUNT_EXISTS, { email: [ACCOUNT_EXISTS] });
      const userId = crypto.randomUUID();
      await tx.user.create({ data: { id: userId, name, email, emailVerified: false } });
      await tx.account.create({ data: { id: crypto.randomUUID(), accountId: userId, providerId: "credential", userId, password: passwordHash } });
      const actor = { userId, email };
      const { slug, home } = invite
        ? await claimInvitation(tx, actor, invite)
        : await createOwnedWorkspace(tx, actor, workspaceName || `${name}'s workspace`, ipAddress);
      // Recorded after the membership exists, so the workspace's owners see it (audit-log.ts shows a
      // member's account events from the moment they joined).
      await recordAuditEvent(tx, { action: "auth.sign-up", actor, ipAddress });
      return { userId, email, name, slug, home };
    });
  } catch (error) {
    // Two sign-ups with one address at the same moment: the second meets the unique index.
    const code = typeof error === "object" && error !== null && "code" in error ? error.code : undefined;
    if (code === "P2002") throw new ValidationError(ACCOUNT_EXISTS, { email: [ACCOUNT_EXISTS] });
    throw error;
  }
}
