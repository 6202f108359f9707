"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { z } from "zod";

import type { FormState } from "@/lib/form-state";
import { defineAction, idArg, slugArg } from "@/server/actions/define-action";
import { clientIp } from "@/server/auth/auth";
import { inviteClientExecutive, removeClientExecutive, withdrawClientInvitation } from "@/server/client-access";
import { publicUrl } from "@/server/public-url";
import { createShareLink, revokeShareLink } from "@/server/share-links";

// Consultants give client executives read-only access to one organization, from its page.

export type IssuedLinkState = FormState & { url?: string };

const organizationPage = (slug: string, organizationId: string) => `/w/${slug}/organizations/${organizationId}`;

export const createShareLinkAction = defineAction({
  name: "share-link.create",
  access: { workspace: "client-access.manage" },
  bound: z.tuple([slugArg, idArg]),
  echo: ["label", "expiresInDays"],
  async run({ actor, bound: [slug, organizationId], formData }): Promise<IssuedLinkState> {
    const { token } = await createShareLink(actor, slug, organizationId, { label: formData.get("label") ?? "", expiresInDays: formData.get("expiresInDays") ?? "" }, clientIp(await headers()));
    revalidatePath(organizationPage(slug, organizationId));
    return { status: "success", message: "Share link created. Copy it now: it is shown only once.", url: publicUrl(`/s/${token}`) };
  },
});

export const revokeShareLinkAction = defineAction({
  name: "share-link.revoke",
  access: { workspace: "client-access.manage" },
  bound: z.tuple([slugArg, idArg, idArg]),
  async run({ actor, bound: [slug, organizationId, linkId] }): Promise<FormState> {
    await revokeShareLink(actor, slug, organizationId, linkId, clientIp(await headers()));
    revalidatePath(organizationPage(slug, organizationId));
    return { status: "success", message: "Revoked." };
  },
});

export const inviteClientAction = defineAction({
  name: "client.invite",
  access: { workspace: "client-access.manage" },
  bound: z.tuple([slugArg, idArg]),
  echo: ["note"],
  async run({ actor, bound: [slug, organizationId], formData }): Promise<IssuedLinkState> {
    const { token } = await inviteClientExecutive(actor, slug, organizationId, { note: formData.get("note") ?? "" });
    revalidatePath(organizationPage(slug, organizationId));
    return { status: "success", message: "Invite link created. Copy it now: it is shown only once.", url: publicUrl(`/invite/${token}`) };
  },
});

export const withdrawClientInvitationAction = defineAction({
  name: "client.withdraw-invitation",
  access: { workspace: "client-access.manage" },
  bound: z.tuple([slugArg, idArg, idArg]),
  async run({ actor, bound: [slug, organizationId, invitationId] }): Promise<FormState> {
    await withdrawClientInvitation(actor, slug, organizationId, invitationId);
    revalidatePath(organizationPage(slug, organizationId));
    return { status: "success", message: "Withdrawn." };
  },
});

export const removeClientAction = defineAction({
  name: "client.remove",
  access: { workspace: "client-access.manage" },
  bound: z.tuple([slugArg, idArg, idArg]),
  async run({ actor, bound: [slug, organizationId, membershipId] }): Promise<FormState> {
    await removeClientExecutive(actor, slug, organizationId, membershipId);
    revalidatePath(organizationPage(slug, organizationId));
    return { status: "success", message: "Access removed." };
  },
});
