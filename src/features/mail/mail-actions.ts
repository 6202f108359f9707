"use server";

import { revalidatePath } from "next/cache";

import { formValues, type FormState } from "@/lib/form-state";
import { getActor } from "@/server/auth/session";
import { remindUnfinished, resendParticipantLink, sendParticipantLinks, type SendOutcome } from "@/server/mail/round-mail";
import { setReminderDays } from "@/server/mail/round-mail-status";
import { formStateFromError } from "@/server/outcomes";

function sentMessage({ queued, held, skippedWithoutAddress }: SendOutcome, what: "link" | "reminder"): string {
  const one = queued === 1;
  const messages = one ? `1 e-mail (${what})` : `${queued} e-mails (${what}s)`;
  const main = held
    ? `Mail is not set up on this server, so ${messages} ${one ? "waits" : "wait"} in the outbox, each with its link to copy.`
    : `${messages} ${one ? "is on its way" : "are on their way"}; the list shows how ${one ? "it goes" : "they go"}.`;
  const skipped = skippedWithoutAddress.length > 0 ? ` Not sent (no e-mail address): ${skippedWithoutAddress.join(", ")}.` : "";
  return main + skipped;
}

export async function sendLinksAction(slug: string, roundId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, ["scope", "note"]);
  try {
    const outcome = await sendParticipantLinks(await getActor(), slug, roundId, {
      scope: formData.get("scope"),
      participantIds: formData.getAll("participantIds").map(String),
      note: formData.get("note") ?? "",
    });
    revalidatePath(`/w/${slug}/rounds/${roundId}`);
    return { status: "success", message: sentMessage(outcome, "link"), values };
  } catch (error) {
    return formStateFromError(error, values);
  }
}

export async function resendLinkAction(slug: string, roundId: string, participantId: string, _previous: FormState, _formData: FormData): Promise<FormState> {
  try {
    const outcome = await resendParticipantLink(await getActor(), slug, roundId, participantId);
    revalidatePath(`/w/${slug}/rounds/${roundId}`);
    return { status: "success", message: outcome.held ? "In the outbox (mail is not set up)." : "Queued." };
  } catch (error) {
    return formStateFromError(error);
  }
}

export async function remindAction(slug: string, roundId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, ["note"]);
  try {
    const outcome = await remindUnfinished(await getActor(), slug, roundId, { note: formData.get("note") ?? "" });
    revalidatePath(`/w/${slug}/rounds/${roundId}`);
    return { status: "success", message: sentMessage(outcome, "reminder"), values };
  } catch (error) {
    return formStateFromError(error, values);
  }
}

export async function reminderDaysAction(slug: string, roundId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, ["reminderDays"]);
  try {
    const days = await setReminderDays(await getActor(), slug, roundId, formData.get("reminderDays") ?? "");
    revalidatePath(`/w/${slug}/rounds/${roundId}`);
    return { status: "success", message: days.length === 0 ? "Automatic reminders are off for this round." : "Automatic reminders saved.", values };
  } catch (error) {
    return formStateFromError(error, values);
  }
}
