"use server";

import { isAPIError } from "better-auth/api";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";

import { formValues, type FormState } from "@/lib/form-state";
import { safeReturnPath } from "@/lib/safe-return-path";
import { recordAuditEvent } from "@/server/audit";
import { clientIp, getAuth } from "@/server/auth/auth";
import { getActor } from "@/server/auth/session";
import { getDb } from "@/server/db";
import { PASSWORD_MAX_LENGTH } from "@/server/auth/password";
import { registerAccount, signUpInput } from "@/server/auth/sign-up";
import { formStateFromError } from "@/server/outcomes";
import { fieldErrorsOf } from "@/server/validation";

const email = z.string().trim().toLowerCase().max(254, "E-mail must be at most 254 characters.").pipe(z.email("Enter a valid e-mail address."));
const password = z.string().min(1, "Enter your password.").max(PASSWORD_MAX_LENGTH * 4, `Use at most ${PASSWORD_MAX_LENGTH} characters.`);

const signInInput = z.object({ email, password });
const changePasswordInput = z.object({
  currentPassword: password,
  newPassword: password,
});

function authFailure(error: unknown, values: Record<string, string>, field?: string): FormState {
  if (isAPIError(error)) {
    const message = error.body?.message ?? error.message;
    return { status: "error", message, values, fieldErrors: field ? { [field]: [message] } : undefined };
  }
  return formStateFromError(error, values);
}

export async function signIn(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, ["email", "next"]);
  const parsed = signInInput.safeParse({ email: formData.get("email"), password: formData.get("password") });
  if (!parsed.success) return { status: "error", message: "Check the highlighted fields.", fieldErrors: fieldErrorsOf(parsed.error), values };
  try {
    await getAuth().api.signInEmail({ body: parsed.data, headers: await headers() });
  } catch (error) {
    if (isAPIError(error) && error.statusCode === 401) return { status: "error", message: "The e-mail or password is not right.", values };
    return authFailure(error, values);
  }
  redirect(safeReturnPath(values.next));
}

export async function signUp(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, ["name", "email", "workspaceName", "invite"]);
  const input = {
    name: formData.get("name"),
    email: formData.get("email"),
    password: formData.get("password"),
    workspaceName: formData.get("workspaceName") ?? undefined,
    invite: formData.get("invite") || undefined,
  };
  const parsed = signUpInput.safeParse(input);
  if (!parsed.success) return { status: "error", message: "Check the highlighted fields.", fieldErrors: fieldErrorsOf(parsed.error), values };
  const requestHeaders = await headers();
  let destination: string;
  try {
    // All or nothing: the account, its password and its workspace (or invitation) in one transaction.
    const account = await registerAccount(parsed.data, clientIp(requestHeaders));
    destination = `/w/${account.slug}`;
  } catch (error) {
    return formStateFromError(error, values);
  }
  try {
    await getAuth().api.signInEmail({ body: { email: parsed.data.email, password: parsed.data.password }, headers: requestHeaders });
  } catch (error) {
    // The account is complete; only the session is missing. Signing in finishes the job.
    if (isAPIError(error)) redirect(`/sign-in?next=${encodeURIComponent(destination)}`);
    throw error;
  }
  redirect(destination);
}

export async function signOut(): Promise<void> {
  const actor = await getActor();
  const requestHeaders = await headers();
  await getAuth().api.signOut({ headers: requestHeaders });
  if (actor) await recordAuditEvent(getDb(), { action: "auth.sign-out", actor, ipAddress: clientIp(requestHeaders) });
  redirect("/sign-in?signedOut=1");
}

export async function changePassword(_previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = changePasswordInput.safeParse({ currentPassword: formData.get("currentPassword"), newPassword: formData.get("newPassword") });
  if (!parsed.success) return { status: "error", message: "Check the highlighted fields.", fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    await getAuth().api.changePassword({ body: { ...parsed.data, revokeOtherSessions: true }, headers: await headers() });
  } catch (error) {
    if (isAPIError(error) && error.statusCode === 401) redirect("/sign-in");
    if (isAPIError(error) && /current|invalid password/i.test(error.body?.message ?? "")) {
      return { status: "error", message: "Check the highlighted fields.", fieldErrors: { currentPassword: ["The current password is not right."] } };
    }
    return authFailure(error, {}, "newPassword");
  }
  return { status: "success", message: "Password changed. You have been signed out everywhere else." };
}
