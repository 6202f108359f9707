"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";

import type { FormState } from "@/lib/form-state";
import { defineAction, idArg, slugArg } from "@/server/actions/define-action";
import { acceptInvitation, changeMemberRole, createInvitation, removeMember, revokeInvitation } from "@/server/members";
import { publicUrl } from "@/server/public-url";

export type InvitationState = FormState & { inviteUrl?: string };

export const createInvitationAction = defineAction({
  name: "invitation.create",
  access: { workspace: "member.invite" },
  bound: z.tuple([slugArg]),
  echo: ["role", "note", "email"],
  async run({ actor, bound: [slug], formData }): Promise<InvitationState> {
    const { token, mail } = await createInvitation(actor, slug, { role: formData.get("role"), note: formData.get("note") ?? "", email: formData.get("email") ?? "" });
    revalidatePath(`/w/${slug}/members`);
    const message = !mail
      ? "Invite link created. Copy it now: it is shown only once."
      : mail.held
        ? `E-mail is not set up on this server, so the invitation to ${mail.to} waits in the outbox. Copy the link now and send it yourself.`
        : `Invitation e-mailed to ${mail.to}. You can also copy the link now: it is shown only once.`;
    return { status: "success", message, inviteUrl: publicUrl(`/invite/${token}`) };
  },
});

export const revokeInvitationAction = defineAction({
  name: "invitation.revoke",
  access: { workspace: "member.invite" },
  bound: z.tuple([slugArg, idArg]),
  async run({ actor, bound: [slug, invitationId] }): Promise<FormState> {
    await revokeInvitation(actor, slug, invitationId);
    revalidatePath(`/w/${slug}/members`);
    return { status: "success", message: "Invite link withdrawn." };
  },
});

export const changeRoleAction = defineAction({
  name: "member.change-role",
  access: { workspace: "member.update-role" },
  bound: z.tuple([slugArg, idArg]),
  async run({ actor, bound: [slug, membershipId], formData }): Promise<FormState> {
    await changeMemberRole(actor, slug, membershipId, formData.get("role"));
    revalidatePath(`/w/${slug}`, "layout");
    return { status: "success", message: "Role changed." };
  },
});

export const removeMemberAction = defineAction({
  name: "member.remove",
  access: { workspace: "member.remove" },
  bound: z.tuple([slugArg, idArg]),
  async run({ actor, bound: [slug, membershipId] }): Promise<FormState> {
    await removeMember(actor, slug, membershipId);
    revalidatePath(`/w/${slug}`, "layout");
    return { status: "success", message: "Member removed." };
  },
});

// Signed in, but not yet a member: the invitation itself is what grants access.
export const acceptInvitationAction = defineAction({
  name: "invitation.accept",
  access: "signed-in",
  bound: z.tuple([z.string().min(1).max(100)]),
  async run({ actor, bound: [token] }): Promise<FormState> {
    const { home } = await acceptInvitation(actor, token);
    redirect(home);
  },
});
