"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";

import type { ExistingGroupEdit } from "@/domain/rounds/group-edit";
import { MAX_GROUPS } from "@/domain/rounds/group-edit";
import type { FormState } from "@/lib/form-state";
import { defineAction, idArg, slugArg } from "@/server/actions/define-action";
import { ValidationError } from "@/server/errors";
import { moveParticipant, updateRound } from "@/server/round-edits";

import { NO_GROUP } from "./group-choice";

const text = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
};

/** The group rows of the edit form: group-<i>-from, -name, -remove, -move. */
function existingGroupEdits(formData: FormData): ExistingGroupEdit[] {
  const edits: ExistingGroupEdit[] = [];
  const blank: string[] = [];
  for (let index = 0; index < MAX_GROUPS * 2 && formData.has(`group-${index}-from`); index += 1) {
    const from = text(formData, `group-${index}-from`);
    const removed = formData.get(`group-${index}-remove`) === "on";
    const name = text(formData, `group-${index}-name`);
    const move = text(formData, `group-${index}-move`);
    if (!removed && name.trim() === "") blank.push(from);
    edits.push({ from, to: removed ? "" : name, moveTo: !removed ? undefined : move === NO_GROUP ? null : move === "" ? undefined : move });
  }
  if (blank.length > 0) {
    throw new ValidationError("Check the highlighted fields.", { groups: blank.map((from) => `Give ${from} a name, or tick "Remove" to remove it.`) });
  }
  return edits;
}

export const updateRoundAction = defineAction({
  name: "round.update",
  access: { workspace: "round.manage" },
  bound: z.tuple([slugArg, idArg]),
  echo: ["name", "opensOn", "closesOn", "addGroups"],
  async run({ actor, bound: [slug, roundId], formData }): Promise<FormState> {
    const { round, participantsMoved, changed } = await updateRound(actor, slug, roundId, {
      name: formData.get("name"),
      opensOn: formData.get("opensOn") ?? "",
      closesOn: formData.get("closesOn") ?? "",
      groups: { existing: existingGroupEdits(formData), added: text(formData, "addGroups").split(/[\n,]/) },
    });
    revalidatePath(`/w/${slug}`, "layout");
    if (!changed) return { status: "success", message: "Nothing to change." };
    const moved = participantsMoved > 0 ? ` ${participantsMoved} participant${participantsMoved === 1 ? "" : "s"} moved with their group.` : "";
    return { status: "success", message: `Saved ${round.name}.${moved}` };
  },
});

export const moveParticipantAction = defineAction({
  name: "participant.move",
  access: { workspace: "round.manage" },
  bound: z.tuple([slugArg, idArg, idArg]),
  async run({ actor, bound: [slug, roundId, participantId], formData }): Promise<FormState> {
    const choice = text(formData, "group");
    if (choice === "") throw new ValidationError("Choose a group.", { group: ["Choose a group."] });
    const { displayName, from, to } = await moveParticipant(actor, slug, roundId, participantId, choice === NO_GROUP ? "" : choice);
    revalidatePath(`/w/${slug}/rounds/${roundId}`);
    if (from === to) return { status: "success", message: `${displayName} is already in ${to ?? "no group"}.` };
    return { status: "success", message: `${displayName} moved to ${to ?? "no group"}. Their answers count there.` };
  },
});
