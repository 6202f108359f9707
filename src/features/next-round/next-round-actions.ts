"use server";

import { z } from "zod";

import type { FormState } from "@/lib/form-state";
import { defineAction, idArg, slugArg } from "@/server/actions/define-action";
import { startNextRound } from "@/server/next-round";
import { publicUrl } from "@/server/public-url";

export type NextRoundState = FormState & {
  round?: { id: string; name: string; path: string };
  links?: { displayName: string; url: string }[];
};

export const startNextRoundAction = defineAction({
  name: "round.start-next",
  access: { workspace: "round.manage" },
  bound: z.tuple([slugArg, idArg]),
  echo: ["name", "opensOn", "closesOn"],
  async run({ actor, bound: [slug, previousRoundId], formData }): Promise<NextRoundState> {
    const { round, links } = await startNextRound(actor, slug, previousRoundId, {
      name: formData.get("name"),
      opensOn: formData.get("opensOn") ?? "",
      closesOn: formData.get("closesOn") ?? "",
      participantIds: formData.getAll("participantIds").map(String),
    });
    // No revalidatePath: it would re-render this page, which then knows the next round exists and
    // replaces the form, and with it the new links, before anyone could copy them. Pages are
    // dynamic, so the next visit to any of them reads the new round.
    const people = `${links.length} participant${links.length === 1 ? "" : "s"}`;
    return {
      status: "success",
      message:
        links.length > 0
          ? `${round.name} is created as a draft with ${people} carried over. Copy their new links now: they are shown only once.`
          : `${round.name} is created as a draft, with no participants yet.`,
      round: { id: round.id, name: round.name, path: `/w/${slug}/rounds/${round.id}` },
      links: links.map((link) => ({ displayName: link.displayName, url: publicUrl(`/r/${link.token}`) })),
    };
  },
});
