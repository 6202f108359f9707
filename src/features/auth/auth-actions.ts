"use server";

import { isAPIError, type APIError } from "better-auth/api";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";

import { formValues, type FormState } from "@/lib/form-state";
import { safeReturnPath } from "@/lib/safe-return-path";
import { defineAction } from "@/server/actions/define-action";
import { recordAuditEvent } from "@/server/audit";
import { clientIp, getAuth } from "@/server/auth/auth";
import { getDb } from "@/server/db";
import { PASSWORD_MAX_LENGTH } from "@/server/auth/password";
import { registerAccount, signUpInput } from "@/server/auth/sign-up";
import { fieldErrorsOf } from "@/server/validation";

const email = z.string().trim().toLowerCase().max(254, "E-mail must be at most 254 characters.").pipe(z.email("Enter a valid e-mail address."));
const password = z.string().min(1, "Enter your password.").max(PASSWORD_MAX_LENGTH * 4, `Use at most ${PASSWORD_MAX_LENGTH} characters.`);

const signInInput = z.object({ email, password });
const changePasswordInput = z.object({
  currentPassword: password,
  newPassword: password,
});

function authFailure(error: APIError, values: Record<string, string>, field?: string): FormState {
  const message = error.body?.message ?? error.message;
  return { status: "error", message, values, fieldErrors: field ? { [field]: [message] } : undefined };
}

export const signIn = defineAction({
  name: "auth.sign-in",
  access: "public",
  bound: z.tuple([]),
  async run({ formData }): Promise<FormState> {
    const values = formValues(formData, ["email", "next"]);
    const parsed = signInInput.safeParse({ email: formData.get("email"), password: formData.get("password") });
    if (!parsed.success) return { status: "error", message: "Check the highlighted fields.", fieldErrors: fieldErrorsOf(parsed.error), values };
    try {
      await getAuth().api.signInEmail({ body: parsed.data, headers: await headers() });
    } catch (error) {
      if (isAPIError(error) && error.statusCode === 401) return { status: "error", message: "The e-mail or password is not right.", values };
      if (isAPIError(error)) return authFailure(error, values);
      throw error;
    }
    redirect(safeReturnPath(values.next));
  },
});

export const signUp = defineAction({
  name: "auth.sign-up",
  access: "public",
  bound: z.tuple([]),
  echo: ["name", "email", "workspaceName", "invite"],
  async run({ formData }): Promise<FormState> {
    const values = formValues(formData, ["name", "email", "workspaceName", "invite"]);
    const parsed = signUpInput.safeParse({
      name: formData.get("name"),
      email: formData.get("email"),
      password: formData.get("password"),
      workspaceName: formData.get("workspaceName") ?? undefined,
      invite: formData.get("invite") || undefined,
    });
    if (!parsed.success) return { status: "error", message: "Check the highlighted fields.", fieldErrors: fieldErrorsOf(parsed.error), values };
    const requestHeaders = await headers();
    // All or nothing: the account, its password and its workspace (or invitation) in one transaction.
    const account = await registerAccount(parsed.data, clientIp(requestHeaders));
    const destination = account.home;
    try {
      await getAuth().api.signInEmail({ body: { email: parsed.data.email, password: parsed.data.password }, headers: requestHeaders });
    } catch (error) {
      // The account is complete; only the session is missing. Signing in finishes the job.
      if (isAPIError(error)) redirect(`/sign-in?next=${encodeURIComponent(destination)}`);
      throw error;
    }
    redirect(destination);
  },
});

export const signOut = defineAction({
  name: "auth.sign-out",
  access: "public",
  bound: z.tuple([]),
  async run({ actor }): Promise<FormState> {
    const requestHeaders = await headers();
    await getAuth().api.signOut({ headers: requestHeaders });
    if (actor) await recordAuditEvent(getDb(), { action: "auth.sign-out", actor, ipAddress: clientIp(requestHeaders) });
    redirect("/sign-in?signedOut=1");
  },
});

export const changePassword = defineAction({
  name: "auth.change-password",
  access: "signed-in",
  bound: z.tuple([]),
  async run({ formData }): Promise<FormState> {
    const parsed = changePasswordInput.safeParse({ currentPassword: formData.get("currentPassword"), newPassword: formData.get("newPassword") });
    if (!parsed.success) return { status: "error", message: "Check the highlighted fields.", fieldErrors: fieldErrorsOf(parsed.error) };
    try {
      await getAuth().api.changePassword({ body: { ...parsed.data, revokeOtherSessions: true }, headers: await headers() });
    } catch (error) {
      if (isAPIError(error) && error.statusCode === 401) redirect("/sign-in");
      if (isAPIError(error) && /current|invalid password/i.test(error.body?.message ?? "")) {
        return { status: "error", message: "Check the highlighted fields.", fieldErrors: { currentPassword: ["The current password is not right."] } };
      }
      if (isAPIError(error)) return authFailure(error, {}, "newPassword");
      throw error;
    }
    return { status: "success", message: "Password changed. You have been signed out everywhere else." };
  },
});
