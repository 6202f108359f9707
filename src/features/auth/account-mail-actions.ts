"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";

import type { FormState } from "@/lib/form-state";
import { defineAction } from "@/server/actions/define-action";
import { clientIp } from "@/server/auth/auth";
import { confirmEmailChange, requestEmailChange } from "@/server/auth/email-change";
import { requestPasswordReset, resetPassword, RESET_LINK_MINUTES } from "@/server/auth/password-reset";

// Forgot password, reset password, change of e-mail address: the forms' server actions.

/** A link's token, as bound into the reset and confirmation forms. */
const tokenArg = z.string().min(20).max(100);

export const forgotPasswordAction = defineAction({
  name: "auth.forgot-password",
  access: "public",
  bound: z.tuple([]),
  echo: ["email"],
  async run({ formData }): Promise<FormState> {
    const email = String(formData.get("email") ?? "");
    await requestPasswordReset({ email }, clientIp(await headers()));
    // The same answer whether or not the address has an account.
    return {
      status: "success",
      message: `If an account uses ${email.trim().toLowerCase()}, a link to choose a new password is on its way there. It works once, for ${RESET_LINK_MINUTES} minutes. Nothing after a few minutes? Check your spam folder, or ask again.`,
      values: { email },
    };
  },
});

export const resetPasswordAction = defineAction({
  name: "auth.reset-password",
  access: "public",
  bound: z.tuple([tokenArg]),
  async run({ bound: [token], formData }): Promise<FormState> {
    await resetPassword(token, { newPassword: formData.get("newPassword") }, clientIp(await headers()));
    redirect("/sign-in?reset=1");
  },
});

export const changeEmailAction = defineAction({
  name: "auth.change-email",
  access: "signed-in",
  bound: z.tuple([]),
  echo: ["newEmail"],
  async run({ actor, formData }): Promise<FormState> {
    const { newEmail } = await requestEmailChange(actor, { newEmail: formData.get("newEmail"), password: formData.get("password") }, clientIp(await headers()));
    return { status: "success", message: `We e-mailed a confirmation link to ${newEmail}. Your sign-in address changes when you open it (within 24 hours).` };
  },
});

// Public: the link in the new address's mailbox is what proves the change, whoever is signed in here.
export const confirmEmailAction = defineAction({
  name: "auth.confirm-email",
  access: "public",
  bound: z.tuple([tokenArg]),
  async run({ bound: [token] }): Promise<FormState> {
    const { newEmail } = await confirmEmailChange(token, clientIp(await headers()));
    return { status: "success", message: `Done: your account now signs in with ${newEmail}.` };
  },
});
