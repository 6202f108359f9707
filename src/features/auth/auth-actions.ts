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
import { acceptInvitation } from "@/server/members";
import { formStateFromError } from "@/server/outcomes";
import { fieldErrorsOf } from "@/server/validation";
import { createWorkspace } from "@/server/workspaces";

const email = z.string().trim().toLowerCase().max(254, "E-mail must be at most 254 characters.").pipe(z.email("Enter a valid e-mail address."));
const password = z.string().min(1, "Enter your password.").max(PASSWORD_MAX_LENGTH * 4, `Use at most ${PASSWORD_MAX_LENGTH} characters.`);

const signInInput = z.object({ email, password });
const signUpInput = z.object({
  name: z.string().trim().min(1, "Enter your name.").max(80, "Name must be at most 80 characters."),
  email,
  password,
  workspaceName: z.string().trim().max(80, "Workspace name must be at most 80 characters.").optional(),
  invite: z.string().max(100).optional(),
});
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
  const parsed = signUpInput.safeParse({
    name: formData.get("name"),
    email: formData.get("email"),
    password: formData.get("password"),
    workspaceName: formData.get("workspaceName") ?? undefined,
    invite: formData.get("invite") || undefined,
  });
  if (!parsed.success) return { status: "error", message: "Check the highlighted fields.", fieldErrors: fieldErrorsOf(parsed.error), values };
  const { name, invite, workspaceName } = parsed.data;
  let destination: string;
  try {
    const { user } = await getAuth().api.signUpEmail({
      body: { name, email: parsed.data.email, password: parsed.data.password },
      headers: await headers(),
    });
    const actor = { userId: user.id, email: user.email, name: user.name };
    if (invite) {
      destination = `/w/${(await acceptInvitation(actor, invite)).slug}`;
    } else {
      destination = `/w/${(await createWorkspace(actor, { name: workspaceName || `${name}'s workspace` })).slug}`;
    }
  } catch (error) {
    if (isAPIError(error) && error.body?.code === "WEAK_PASSWORD") return authFailure(error, values, "password");
    if (isAPIError(error) && /password/i.test(error.body?.message ?? "")) return authFailure(error, values, "password");
    if (isAPIError(error) && error.statusCode === 422) {
      return { status: "error", message: "An account with this e-mail already exists. Sign in instead.", fieldErrors: { email: ["An account with this e-mail already exists."] }, values };
    }
    return authFailure(error, values);
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
