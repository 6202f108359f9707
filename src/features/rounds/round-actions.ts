"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";

import { z } from "zod";

import { formValues, type FormState } from "@/lib/form-state";
import { defineAction, idArg, slugArg } from "@/server/actions/define-action";
import { publicUrl } from "@/server/public-url";
import { addParticipants, deleteParticipant, DuplicateParticipantsError, reissueParticipantLink, revokeParticipantLink, type DuplicateChoice, type DuplicatePerson } from "@/server/participants";
import { createRound, setRoundMinGroupSize, setRoundStatus } from "@/server/rounds";

export type LinksState = FormState & { links?: { displayName: string; url: string }[]; duplicates?: DuplicatePerson[] };

function splitList(raw: FormDataEntryValue | null): string[] {
  return typeof raw === "string" ? raw.split(/[\n,]/).map((item) => item.trim()) : [];
}

export const createRoundAction = defineAction({
  name: "round.create",
  access: { workspace: "round.manage" },
  bound: z.tuple([slugArg, idArg]),
  echo: ["name", "opensOn", "closesOn", "groups", "framework"],
  async run({ actor, bound: [slug, organizationId], formData }): Promise<FormState> {
    const round = await createRound(actor, slug, organizationId, {
      name: formData.get("name"),
      opensOn: formData.get("opensOn") ?? "",
      closesOn: formData.get("closesOn") ?? "",
      groups: splitList(formData.get("groups")),
      framework: formData.get("framework") ?? undefined,
    });
    redirect(`/w/${slug}/rounds/${round.id}`);
  },
});

export const setRoundStatusAction = defineAction({
  name: "round.set-status",
  access: { workspace: "round.manage" },
  bound: z.tuple([slugArg, idArg, z.enum(["OPEN", "CLOSED"])]),
  async run({ actor, bound: [slug, roundId, status] }): Promise<FormState> {
    await setRoundStatus(actor, slug, roundId, status);
    revalidatePath(`/w/${slug}/rounds/${roundId}`);
    return { status: "success", message: status === "OPEN" ? "The round is open: participants can answer." : "The round is closed: no more answers are accepted." };
  },
});

function duplicateChoice(value: FormDataEntryValue | null): DuplicateChoice {
  return value === "skip" || value === "add" ? value : "ask";
}

const PARTICIPANT_FIELDS = ["displayName", "email", "group", "list"] as const;

export const addParticipantsAction = defineAction({
  name: "participant.add",
  access: { workspace: "round.manage" },
  bound: z.tuple([slugArg, idArg, z.enum(["single", "list"])]),
  echo: PARTICIPANT_FIELDS,
  async run({ actor, bound: [slug, roundId, mode], formData }): Promise<LinksState> {
    const onDuplicate = duplicateChoice(formData.get("onDuplicate"));
    const input =
      mode === "list"
        ? { list: String(formData.get("list") ?? ""), onDuplicate }
        : { displayName: formData.get("displayName"), email: formData.get("email") ?? "", group: formData.get("group") ?? "", onDuplicate };
    try {
      const { links, skipped } = await addParticipants(actor, slug, roundId, input);
      revalidatePath(`/w/${slug}/rounds/${roundId}`);
      const added = `${links.length} participant${links.length === 1 ? "" : "s"} added`;
      const skippedNote = skipped > 0 ? `, ${skipped} already in the round skipped` : "";
      return {
        status: "success",
        message: links.length > 0 ? `${added}${skippedNote}. Copy the links now: they are shown only once.` : `Nobody added${skippedNote}.`,
        links: links.map((link) => ({ displayName: link.displayName, url: publicUrl(`/r/${link.token}`) })),
      };
    } catch (error) {
      if (error instanceof DuplicateParticipantsError) return { status: "error", message: error.message, values: formValues(formData, PARTICIPANT_FIELDS), duplicates: error.duplicates };
      throw error;
    }
  },
});

export const reissueLinkAction = defineAction({
  name: "participant.reissue-link",
  access: { workspace: "round.manage" },
  bound: z.tuple([slugArg, idArg, idArg]),
  async run({ actor, bound: [slug, roundId, participantId] }): Promise<LinksState> {
    const link = await reissueParticipantLink(actor, slug, roundId, participantId);
    revalidatePath(`/w/${slug}/rounds/${roundId}`);
    return { status: "success", message: "New link (the old one no longer works):", links: [{ displayName: link.displayName, url: publicUrl(`/r/${link.token}`) }] };
  },
});

export const revokeLinkAction = defineAction({
  name: "participant.revoke-link",
  access: { workspace: "round.manage" },
  bound: z.tuple([slugArg, idArg, idArg]),
  async run({ actor, bound: [slug, roundId, participantId] }): Promise<FormState> {
    await revokeParticipantLink(actor, slug, roundId, participantId);
    revalidatePath(`/w/${slug}/rounds/${roundId}`);
    return { status: "success", message: "Link withdrawn. Their answers stay in the results." };
  },
});

export const deleteParticipantAction = defineAction({
  name: "participant.delete",
  access: { workspace: "round.manage" },
  bound: z.tuple([slugArg, idArg, idArg]),
  async run({ actor, bound: [slug, roundId, participantId] }): Promise<FormState> {
    const { deletedAnswers } = await deleteParticipant(actor, slug, roundId, participantId);
    revalidatePath(`/w/${slug}/rounds/${roundId}`, "layout");
    return { status: "success", message: `Deleted, with ${deletedAnswers} answer${deletedAnswers === 1 ? "" : "s"}.` };
  },
});

export const setMinGroupSizeAction = defineAction({
  name: "round.set-min-group-size",
  access: { workspace: "round.manage" },
  bound: z.tuple([slugArg, idArg]),
  echo: ["minGroupSize"],
  async run({ actor, bound: [slug, roundId], formData }): Promise<FormState> {
    const round = await setRoundMinGroupSize(actor, slug, roundId, formData.get("minGroupSize"));
    revalidatePath(`/w/${slug}/rounds/${roundId}`, "layout");
    return { status: "success", message: `Saved: results show only figures from at least ${round.minGroupSize} people.`, values: { minGroupSize: String(round.minGroupSize) } };
  },
});
