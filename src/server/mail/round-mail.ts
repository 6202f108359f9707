import "server-only";

import { z } from "zod";

import { describeAddressProblem } from "@/domain/mail/addresses";
import { defaultInvitationNote, defaultReminderNote } from "@/domain/mail/default-notes";
import { answeringMinutes } from "@/domain/mail/answer-time";
import { textField } from "@/domain/text-fields";
import { recordAuditEvent } from "@/server/audit";
import type { Actor } from "@/server/auth/session";
import { getDb } from "@/server/db";
import { NotFoundError, ValidationError } from "@/server/errors";
import { requireRound } from "@/server/rounds";
import { parseOrThrow } from "@/server/validation";

import { queueMail, type NewMail } from "./outbox";
import { currentMailedLinks, linksForMail } from "./participant-links";
import { dimensionCount, hasFinished, isRoundRemindable, loadMailPeople, participantFields, reminderRecipients, type MailPerson, type RoundForMail } from "./round-people";

// What a consultant does with e-mail on a round: send people their links (everyone not yet sent
// one, or the people selected), resend one person's, and remind those who have not finished.

export const MAX_NOTE_LENGTH = 2000;

const sendInput = z.object({
  scope: z.enum(["unsent", "selected"], { error: "Choose who gets the e-mail." }),
  participantIds: z.array(z.string().max(100)).max(2000).default([]),
  note: textField("Message", MAX_NOTE_LENGTH),
});

export type SendOutcome = { queued: number; held: boolean; skippedWithoutAddress: string[] };

type Loaded = Awaited<ReturnType<typeof requireRound>>;

function noteContext(round: RoundForMail) {
  return { organizationName: round.organization.name, roundName: round.name, closesOn: round.closesOn, minutes: answeringMinutes(dimensionCount(round)) };
}

export function defaultNotesFor(round: RoundForMail): { invitation: string; reminder: string } {
  return { invitation: defaultInvitationNote(noteContext(round)), reminder: defaultReminderNote(noteContext(round)) };
}

/** People who have a link-carrying message on its way or delivered (not failed, not cancelled). */
async function alreadySentIds(roundId: string): Promise<Set<string>> {
  const rows = await getDb().mailMessage.findMany({
    where: { roundId, kind: "PARTICIPANT_LINK", status: { in: ["HELD", "QUEUED", "SENDING", "SENT"] }, participantId: { not: null } },
    select: { participantId: true },
    distinct: ["participantId"],
  });
  return new Set(rows.map((row) => row.participantId!));
}

async function queueParticipantMail(
  { access, round }: Loaded,
  actor: Actor,
  people: MailPerson[],
  kind: "PARTICIPANT_LINK" | "PARTICIPANT_REMINDER",
  note: string,
): Promise<{ queued: number; held: boolean }> {
  const sender = { name: actor.name, email: actor.email };
  return getDb().$transaction(async (tx) => {
    // Reminders repeat the link people hold; only a link e-mail may mint one (participant-links.ts).
    const links =
      kind === "PARTICIPANT_LINK"
        ? new Map([...(await linksForMail(tx, people))].map(([id, link]) => [id, link.token]))
        : await currentMailedLinks(tx, people);
    const recipients = people.filter((person) => links.has(person.id));
    const mails: NewMail[] = recipients.map((person) => ({
      kind,
      fields: participantFields(round, access.workspace.name, person, sender, note),
      toAddress: person.email!,
      toName: person.displayName,
      secret: links.get(person.id)!,
      workspaceId: access.workspace.id,
      roundId: round.id,
      participantId: person.id,
      createdById: actor.userId,
    }));
    const { held } = await queueMail(tx, mails);
    await recordAuditEvent(tx, {
      action: kind === "PARTICIPANT_LINK" ? "mail.participant-links-queued" : "mail.reminders-queued",
      workspaceId: access.workspace.id,
      actor,
      targetType: "round",
      targetId: round.id,
      details: { count: mails.length, ...(held ? { held: "mail is not set up: kept in the outbox" } : {}) },
    });
    return { queued: mails.length, held };
  });
}

/** E-mails people their own links. Checked first, all or nothing: any bad address is named and nothing is queued. */
export async function sendParticipantLinks(actor: Actor | null, slug: string, roundId: string, input: unknown): Promise<SendOutcome> {
  const loaded = await requireRound(actor, slug, roundId, "round.manage");
  const { round } = loaded;
  const { scope, participantIds, note } = parseOrThrow(sendInput, input);
  if (round.status === "CLOSED") throw new ValidationError("This round is closed. Reopen it before sending links.");

  let people: MailPerson[];
  const skippedWithoutAddress: string[] = [];
  if (scope === "selected") {
    const ids = [...new Set(participantIds)];
    if (ids.length === 0) throw new ValidationError("Select at least one person to send their link to.");
    people = await loadMailPeople(getDb(), round.id, ids);
    if (people.length !== ids.length) throw new NotFoundError("participant");
    const problems = people.flatMap((person) => {
      if (person.revokedAt) return [`${person.displayName}'s link was withdrawn. Issue a new link for them first.`];
      const problem = describeAddressProblem(person.displayName, person.email);
      return problem ? [problem] : [];
    });
    if (problems.length > 0) throw new ValidationError(problems.length === 1 ? problems[0]! : `Nothing was sent. ${problems.join(" ")}`, { participantIds: problems });
  } else {
    const sent = await alreadySentIds(round.id);
    const candidates = (await loadMailPeople(getDb(), round.id)).filter((person) => !person.revokedAt && !sent.has(person.id));
    for (const person of candidates) if (!person.email) skippedWithoutAddress.push(person.displayName);
    people = candidates.filter((person) => person.email);
    const problems = people.map((person) => describeAddressProblem(person.displayName, person.email)).filter((problem): problem is string => Boolean(problem));
    if (problems.length > 0) throw new ValidationError(`Nothing was sent. ${problems.join(" ")}`, { participantIds: problems });
    if (people.length === 0) throw new ValidationError(skippedWithoutAddress.length > 0 ? "Everyone with an e-mail address has been sent their link; the others have no address." : "Everyone has been sent their link already.");
  }
  const outcome = await queueParticipantMail(loaded, actor!, people, "PARTICIPANT_LINK", note || defaultNotesFor(round).invitation);
  return { ...outcome, skippedWithoutAddress };
}

/** Sends one person their link again: the same link while it is current, a new one otherwise. */
export async function resendParticipantLink(actor: Actor | null, slug: string, roundId: string, participantId: string): Promise<SendOutcome> {
  const { round } = await requireRound(actor, slug, roundId, "round.manage");
  const last = await getDb().mailMessage.findFirst({ where: { participantId: String(participantId), roundId: round.id, kind: "PARTICIPANT_LINK" }, orderBy: { createdAt: "desc" }, select: { fields: true } });
  const note = (last?.fields as { note?: unknown } | null)?.note;
  return sendParticipantLinks(actor, slug, roundId, { scope: "selected", participantIds: [String(participantId)], note: typeof note === "string" ? note : "" });
}

export async function countRemindable(roundId: string, round: RoundForMail): Promise<number> {
  if (!isRoundRemindable(round)) return 0;
  const db = getDb();
  const people = await loadMailPeople(db, roundId);
  const mailed = await currentMailedLinks(db, people.filter((person) => person.email));
  return reminderRecipients(people, new Set(mailed.keys()), dimensionCount(round)).length;
}

/** "Remind the N who have not finished": the same link again, to everyone who has not finished. */
export async function remindUnfinished(actor: Actor | null, slug: string, roundId: string, input: unknown): Promise<SendOutcome> {
  const loaded = await requireRound(actor, slug, roundId, "round.manage");
  const { round } = loaded;
  const { note } = parseOrThrow(z.object({ note: textField("Message", MAX_NOTE_LENGTH) }), input);
  if (!isRoundRemindable(round)) throw new ValidationError(round.status === "OPEN" ? "This round's closing date has passed: nobody is reminded." : "Only an open round's participants can be reminded.");
  const people = await loadMailPeople(getDb(), round.id);
  const dimensions = dimensionCount(round);
  const unfinished = people.filter((person) => !person.revokedAt && !hasFinished(person, dimensions));
  const mailed = await currentMailedLinks(getDb(), unfinished);
  const recipients = reminderRecipients(people, new Set(mailed.keys()), dimensions);
  if (recipients.length === 0) throw new ValidationError("Nobody to remind: everyone who was e-mailed their link has finished.");
  const outcome = await queueParticipantMail(loaded, actor!, recipients, "PARTICIPANT_REMINDER", note || defaultNotesFor(round).reminder);
  return { ...outcome, skippedWithoutAddress: [] };
}
