"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";

import type { FormState } from "@/lib/form-state";
import { defineAction, idArg, slugArg } from "@/server/actions/define-action";
import { remindUnfinished, resendParticipantLink, sendParticipantLinks, type SendOutcome } from "@/server/mail/round-mail";
import { setReminderDays } from "@/server/mail/round-mail-status";

function sentMessage({ queued, held, skippedWithoutAddress }: SendOutcome, what: "link" | "reminder"): string {
  const one = queued === 1;
  const messages = one ? `1 e-mail (${what})` : `${queued} e-mails (${what}s)`;
  const main = held
    ? `Mail is not set up on this server, so ${messages} ${one ? "waits" : "wait"} in the outbox, each with its link to copy.`
    : `${messages} ${one ? "is on its way" : "are on their way"}; the list shows how ${one ? "it goes" : "they go"}.`;
  const skipped = skippedWithoutAddress.length > 0 ? ` Not sent (no e-mail address): ${skippedWithoutAddress.join(", ")}.` : "";
  return main + skipped;
}

export const sendLinksAction = defineAction({
  name: "mail.send-links",
  access: { workspace: "round.manage" },
  bound: z.tuple([slugArg, idArg]),
  echo: ["scope", "note"],
  async run({ actor, bound: [slug, roundId], formData }): Promise<FormState> {
    const outcome = await sendParticipantLinks(actor, slug, roundId, {
      scope: formData.get("scope"),
      participantIds: formData.getAll("participantIds").map(String),
      note: formData.get("note") ?? "",
    });
    revalidatePath(`/w/${slug}/rounds/${roundId}`);
    return { status: "success", message: sentMessage(outcome, "link"), values: { scope: String(formData.get("scope") ?? ""), note: String(formData.get("note") ?? "") } };
  },
});

export const resendLinkAction = defineAction({
  name: "mail.resend-link",
  access: { workspace: "round.manage" },
  bound: z.tuple([slugArg, idArg, idArg]),
  async run({ actor, bound: [slug, roundId, participantId] }): Promise<FormState> {
    const outcome = await resendParticipantLink(actor, slug, roundId, participantId);
    revalidatePath(`/w/${slug}/rounds/${roundId}`);
    return { status: "success", message: outcome.held ? "In the outbox (mail is not set up)." : "Queued." };
  },
});

export const remindAction = defineAction({
  name: "mail.remind",
  access: { workspace: "round.manage" },
  bound: z.tuple([slugArg, idArg]),
  echo: ["note"],
  async run({ actor, bound: [slug, roundId], formData }): Promise<FormState> {
    const outcome = await remindUnfinished(actor, slug, roundId, { note: formData.get("note") ?? "" });
    revalidatePath(`/w/${slug}/rounds/${roundId}`);
    return { status: "success", message: sentMessage(outcome, "reminder"), values: { note: String(formData.get("note") ?? "") } };
  },
});

export const reminderDaysAction = defineAction({
  name: "round.set-reminders",
  access: { workspace: "round.manage" },
  bound: z.tuple([slugArg, idArg]),
  echo: ["reminderDays"],
  async run({ actor, bound: [slug, roundId], formData }): Promise<FormState> {
    const days = await setReminderDays(actor, slug, roundId, formData.get("reminderDays") ?? "");
    revalidatePath(`/w/${slug}/rounds/${roundId}`);
    return { status: "success", message: days.length === 0 ? "Automatic reminders are off for this round." : "Automatic reminders saved.", values: { reminderDays: days.join(", ") } };
  },
});
