"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";

import { getServerEnv } from "@/env";
import { formValues, type FormState } from "@/lib/form-state";
import { defineAction, defineCommand, idArg, slugArg } from "@/server/actions/define-action";
import { recordConsensus, runWorkshopCommand, startWorkshop } from "@/server/workshop/facilitator";
import { joinCookieName, joinWorkshop, JoinRefused } from "@/server/workshop/join";
import { joinClientAddress } from "@/server/workshop/join-limit";

export type { CommandOutcome } from "@/server/actions/define-action";

export const startWorkshopAction = defineAction({
  name: "workshop.start",
  access: { workspace: "round.manage" },
  bound: z.tuple([slugArg, idArg]),
  async run({ actor, bound: [slug, roundId] }): Promise<FormState> {
    await startWorkshop(actor, slug, roundId);
    redirect(`/w/${slug}/rounds/${roundId}/workshop`);
  },
});

/** The presenter's buttons and keys. The screen itself updates from the live feed. */
export const workshopCommandAction = defineCommand({
  name: "workshop.command",
  access: { workspace: "round.manage" },
  bound: z.tuple([slugArg, idArg]),
  async run({ actor, bound: [slug, roundId], value }) {
    await runWorkshopCommand(actor, slug, roundId, value);
  },
});

const CONSENSUS_FIELDS = ["dimensionId", "currentLevel", "targetLevel", "rationale", "dissent"] as const;

export const recordConsensusAction = defineAction({
  name: "workshop.record-consensus",
  access: { workspace: "round.manage" },
  bound: z.tuple([slugArg, idArg]),
  echo: CONSENSUS_FIELDS,
  async run({ actor, bound: [slug, roundId], formData }): Promise<FormState> {
    await recordConsensus(actor, slug, roundId, formValues(formData, CONSENSUS_FIELDS));
    return { status: "success", message: "Consensus recorded. It replaces the median in the results." };
  },
});

// Anyone in the room with the code: the code (checked and rate-limited by the data layer) is the key.
export const joinAction = defineAction({
  name: "workshop.join",
  access: "public",
  bound: z.tuple([z.string().min(1).max(20), idArg]),
  echo: ["displayName", "group"],
  async run({ bound: [code, roundId], formData }): Promise<FormState> {
    const values = formValues(formData, ["displayName", "group"]);
    const cookieStore = await cookies();
    const name = joinCookieName(roundId);
    let token: string;
    try {
      const joined = await joinWorkshop(code, values, joinClientAddress(await headers()), formData.get("fresh") ? undefined : cookieStore.get(name)?.value);
      token = joined.token;
    } catch (error) {
      if (error instanceof JoinRefused) return { status: "error", message: error.message, values };
      throw error;
    }
    cookieStore.set(name, token, {
      httpOnly: true,
      sameSite: "lax",
      secure: getServerEnv().APP_URL.startsWith("https://"),
      path: "/",
      maxAge: 14 * 24 * 60 * 60,
    });
    redirect(`/r/${token}`);
  },
});
