"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";

import { formValues, type FormState } from "@/lib/form-state";
import { clientIp } from "@/server/auth/auth";
import { confirmEmailChange, requestEmailChange } from "@/server/auth/email-change";
import { requestPasswordReset, resetPassword, RESET_LINK_MINUTES } from "@/server/auth/password-reset";
import { getActor } from "@/server/auth/session";
import { formStateFromError } from "@/server/outcomes";

// Forgot password, reset password, change of e-mail address: the forms' server actions.

export async function forgotPasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, ["email"]);
  try {
    await requestPasswordReset({ email: formData.get("email") }, clientIp(await headers()));
  } catch (error) {
    return formStateFromError(error, values);
  }
  // The same answer whether or not the address has an account.
  return {
    status: "success",
    message: `If an account uses ${String(formData.get("email") ?? "").trim().toLowerCase()}, a link to choose a new password is on its way there. It works once, for ${RESET_LINK_MINUTES} minutes. Nothing after a few minutes? Check your spam folder, or ask again.`,
    values,
  };
}

export async function resetPasswordAction(token: string, _previous: FormState, formData: FormData): Promise<FormState> {
  try {
    await resetPassword(token, { newPassword: formData.get("newPassword") }, clientIp(await headers()));
  } catch (error) {
    return formStateFromError(error);
  }
  redirect("/sign-in?reset=1");
}

export async function changeEmailAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, ["newEmail"]);
  try {
    const { newEmail } = await requestEmailChange(await getActor(), { newEmail: formData.get("newEmail"), password: formData.get("password") }, clientIp(await headers()));
    return { status: "success", message: `We e-mailed a confirmation link to ${newEmail}. Your sign-in address changes when you open it (within 24 hours).` };
  } catch (error) {
    return formStateFromError(error, values);
  }
}

export async function confirmEmailAction(token: string, _previous: FormState, _formData: FormData): Promise<FormState> {
  try {
    const { newEmail } = await confirmEmailChange(token, clientIp(await headers()));
    return { status: "success", message: `Done: your account now signs in with ${newEmail}.` };
  } catch (error) {
    return formStateFromError(error);
  }
}
