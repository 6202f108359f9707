"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";

import { formValues, type FormState } from "@/lib/form-state";
import { getActor } from "@/server/auth/session";
import { formStateFromError } from "@/server/outcomes";
import { publicUrl } from "@/server/public-url";
import { addParticipants, deleteParticipant, DuplicateParticipantsError, reissueParticipantLink, revokeParticipantLink, type DuplicateChoice, type DuplicatePerson } from "@/server/participants";
import { createRound, setRoundMinGroupSize, setRoundStatus } from "@/server/rounds";

export type LinksState = FormState & { links?: { displayName: string; url: string }[]; duplicates?: DuplicatePerson[] };

function splitList(raw: FormDataEntryValue | null): string[] {
  return typeof raw === "string" ? raw.split(/[\n,]/).map((item) => item.trim()) : [];
}

export async function createRoundAction(slug: string, organizationId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, ["name", "opensOn", "closesOn", "groups"]);
  let roundId: string;
  try {
    roundId = (
      await createRound(await getActor(), slug, organizationId, {
        name: formData.get("name"),
        opensOn: formData.get("opensOn") ?? "",
        closesOn: formData.get("closesOn") ?? "",
        groups: splitList(formData.get("groups")),
      })
    ).id;
  } catch (error) {
    return formStateFromError(error, values);
  }
  redirect(`/w/${slug}/rounds/${roundId}`);
}

export async function setRoundStatusAction(slug: string, roundId: string, status: "OPEN" | "CLOSED", _previous: FormState, _formData: FormData): Promise<FormState> {
  try {
    await setRoundStatus(await getActor(), slug, roundId, status);
  } catch (error) {
    return formStateFromError(error);
  }
  revalidatePath(`/w/${slug}/rounds/${roundId}`);
  return { status: "success", message: status === "OPEN" ? "The round is open: participants can answer." : "The round is closed: no more answers are accepted." };
}

function duplicateChoice(value: FormDataEntryValue | null): DuplicateChoice {
  return value === "skip" || value === "add" ? value : "ask";
}

export async function addParticipantsAction(slug: string, roundId: string, mode: "single" | "list", _previous: LinksState, formData: FormData): Promise<LinksState> {
  const values = formValues(formData, ["displayName", "email", "group", "list"]);
  try {
    const onDuplicate = duplicateChoice(formData.get("onDuplicate"));
    const input =
      mode === "list"
        ? { list: String(formData.get("list") ?? ""), onDuplicate }
        : { displayName: formData.get("displayName"), email: formData.get("email") ?? "", group: formData.get("group") ?? "", onDuplicate };
    const { links, skipped } = await addParticipants(await getActor(), slug, roundId, input);
    revalidatePath(`/w/${slug}/rounds/${roundId}`);
    const added = `${links.length} participant${links.length === 1 ? "" : "s"} added`;
    const skippedNote = skipped > 0 ? `, ${skipped} already in the round skipped` : "";
    return {
      status: "success",
      message: links.length > 0 ? `${added}${skippedNote}. Copy the links now: they are shown only once.` : `Nobody added${skippedNote}.`,
      links: links.map((link) => ({ displayName: link.displayName, url: publicUrl(`/r/${link.token}`) })),
    };
  } catch (error) {
    if (error instanceof DuplicateParticipantsError) return { status: "error", message: error.message, values, duplicates: error.duplicates };
    return formStateFromError(error, values);
  }
}

export async function reissueLinkAction(slug: string, roundId: string, participantId: string, _previous: LinksState, _formData: FormData): Promise<LinksState> {
  try {
    const link = await reissueParticipantLink(await getActor(), slug, roundId, participantId);
    revalidatePath(`/w/${slug}/rounds/${roundId}`);
    return { status: "success", message: "New link (the old one no longer works):", links: [{ displayName: link.displayName, url: publicUrl(`/r/${link.token}`) }] };
  } catch (error) {
    return formStateFromError(error);
  }
}

export async function revokeLinkAction(slug: string, roundId: string, participantId: string, _previous: FormState, _formData: FormData): Promise<FormState> {
  try {
    await revokeParticipantLink(await getActor(), slug, roundId, participantId);
  } catch (error) {
    return formStateFromError(error);
  }
  revalidatePath(`/w/${slug}/rounds/${roundId}`);
  return { status: "success", message: "Link withdrawn. Their answers stay in the results." };
}

export async function deleteParticipantAction(slug: string, roundId: string, participantId: string, _previous: FormState, _formData: FormData): Promise<FormState> {
  let deletedAnswers: number;
  try {
    ({ deletedAnswers } = await deleteParticipant(await getActor(), slug, roundId, participantId));
  } catch (error) {
    return formStateFromError(error);
  }
  revalidatePath(`/w/${slug}/rounds/${roundId}`, "layout");
  return { status: "success", message: `Deleted, with ${deletedAnswers} answer${deletedAnswers === 1 ? "" : "s"}.` };
}

export async function setMinGroupSizeAction(slug: string, roundId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, ["minGroupSize"]);
  try {
    const round = await setRoundMinGroupSize(await getActor(), slug, roundId, formData.get("minGroupSize"));
    revalidatePath(`/w/${slug}/rounds/${roundId}`, "layout");
    return { status: "success", message: `Saved: results show only figures from at least ${round.minGroupSize} people.`, values: { minGroupSize: String(round.minGroupSize) } };
  } catch (error) {
    return formStateFromError(error, values);
  }
}
