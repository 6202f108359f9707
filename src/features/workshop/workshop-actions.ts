"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";

import { getServerEnv } from "@/env";
import { formValues, type FormState } from "@/lib/form-state";
import { getActor } from "@/server/auth/session";
import { ValidationError } from "@/server/errors";
import { formStateFromError } from "@/server/outcomes";
import { recordConsensus, runWorkshopCommand, startWorkshop } from "@/server/workshop/facilitator";
import { joinCookieName, joinWorkshop, JoinRefused } from "@/server/workshop/join";
import { joinClientAddress } from "@/server/workshop/join-limit";

export async function startWorkshopAction(slug: string, roundId: string, _previous: FormState, _formData: FormData): Promise<FormState> {
  try {
    await startWorkshop(await getActor(), slug, roundId);
  } catch (error) {
    return formStateFromError(error);
  }
  redirect(`/w/${slug}/rounds/${roundId}/workshop`);
}

export type CommandOutcome = { ok: true } | { ok: false; message: string };

/** The presenter's buttons and keys. The screen itself updates from the live feed. */
export async function workshopCommandAction(slug: string, roundId: string, command: unknown): Promise<CommandOutcome> {
  try {
    await runWorkshopCommand(await getActor(), slug, roundId, command);
    return { ok: true };
  } catch (error) {
    const state = formStateFromError(error);
    return { ok: false, message: state.message ?? "That did not work." };
  }
}

export async function recordConsensusAction(slug: string, roundId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, ["dimensionId", "currentLevel", "targetLevel", "rationale", "dissent"]);
  try {
    await recordConsensus(await getActor(), slug, roundId, values);
    return { status: "success", message: "Consensus recorded. It replaces the median in the results." };
  } catch (error) {
    return formStateFromError(error, values);
  }
}

export async function joinAction(code: string, roundId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, ["displayName", "group"]);
  const cookieStore = await cookies();
  const name = joinCookieName(roundId);
  let token: string;
  try {
    const joined = await joinWorkshop(code, values, joinClientAddress(await headers()), formData.get("fresh") ? undefined : cookieStore.get(name)?.value);
    token = joined.token;
  } catch (error) {
    if (error instanceof JoinRefused) return { status: "error", message: error.message, values };
    if (error instanceof ValidationError) return { status: "error", message: error.message, fieldErrors: error.fieldErrors, values };
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
}
