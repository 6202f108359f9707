"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";

import { formValues, type FormState } from "@/lib/form-state";
import { getActor } from "@/server/auth/session";
import { acceptInvitation, changeMemberRole, createInvitation, removeMember, revokeInvitation } from "@/server/members";
import { formStateFromError } from "@/server/outcomes";
import { publicUrl } from "@/server/public-url";

export type InvitationState = FormState & { inviteUrl?: string };

export async function createInvitationAction(slug: string, _previous: InvitationState, formData: FormData): Promise<InvitationState> {
  const values = formValues(formData, ["role", "note", "email"]);
  try {
    const { token, mail } = await createInvitation(await getActor(), slug, { role: formData.get("role"), note: formData.get("note") ?? "", email: formData.get("email") ?? "" });
    revalidatePath(`/w/${slug}/members`);
    const message = !mail
      ? "Invite link created. Copy it now: it is shown only once."
      : mail.held
        ? `E-mail is not set up on this server, so the invitation to ${mail.to} waits in the outbox. Copy the link now and send it yourself.`
        : `Invitation e-mailed to ${mail.to}. You can also copy the link now: it is shown only once.`;
    return { status: "success", message, inviteUrl: publicUrl(`/invite/${token}`) };
  } catch (error) {
    return formStateFromError(error, values);
  }
}

export async function revokeInvitationAction(slug: string, invitationId: string, _previous: FormState, _formData: FormData): Promise<FormState> {
  try {
    await revokeInvitation(await getActor(), slug, invitationId);
  } catch (error) {
    return formStateFromError(error);
  }
  revalidatePath(`/w/${slug}/members`);
  return { status: "success", message: "Invite link withdrawn." };
}

export async function changeRoleAction(slug: string, membershipId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  try {
    await changeMemberRole(await getActor(), slug, membershipId, formData.get("role"));
  } catch (error) {
    return formStateFromError(error);
  }
  revalidatePath(`/w/${slug}`, "layout");
  return { status: "success", message: "Role changed." };
}

export async function removeMemberAction(slug: string, membershipId: string, _previous: FormState, _formData: FormData): Promise<FormState> {
  try {
    await removeMember(await getActor(), slug, membershipId);
  } catch (error) {
    return formStateFromError(error);
  }
  revalidatePath(`/w/${slug}`, "layout");
  return { status: "success", message: "Member removed." };
}

export async function acceptInvitationAction(token: string, _previous: FormState, _formData: FormData): Promise<FormState> {
  let slug: string;
  try {
    slug = (await acceptInvitation(await getActor(), token)).slug;
  } catch (error) {
    return formStateFromError(error);
  }
  redirect(`/w/${slug}`);
}
