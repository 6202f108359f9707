"use client";

import { useActionState, type ReactNode } from "react";

import { ScrollArea } from "@/components/ui/scroll-area";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { idleFormState, type FormState } from "@/lib/form-state";
import type { ParticipantProgress } from "@/server/participants";

import { IssuedLinks } from "./issued-links";
import { MoveParticipant } from "./move-participant";
import type { LinksState } from "./round-actions";

/** Server actions already bound to one participant by the page. */
export type ParticipantRowActions = {
  reissue: (previous: LinksState, formData: FormData) => Promise<LinksState>;
  revoke: (previous: FormState, formData: FormData) => Promise<FormState>;
  remove: (previous: FormState, formData: FormData) => Promise<FormState>;
  /** Moving to another group: only while the round is not closed, and only if it has groups. */
  move?: { action: (previous: FormState, formData: FormData) => Promise<FormState>; groups: readonly string[] };
};

export type ParticipantRow = ParticipantProgress & {
  actions?: ParticipantRowActions;
  // E-mail (src/features/mail, composed by the round page): a tick box for "send links" and the
  // person's delivery status with "Resend". The columns appear only when the page passes them.
  select?: ReactNode;
  delivery?: ReactNode;
};

function status(participant: ParticipantProgress, total: number): string {
  if (participant.revokedAt) return "Link withdrawn";
  if (participant.submittedAt) return participant.answered === total ? "Finished" : "Submitted";
  if (participant.startedAt) return "Started";
  return "Not started";
}

const answersPhrase = (count: number) => (count === 0 ? "no saved answers" : `${count} saved answer${count === 1 ? "" : "s"}`);

function ParticipantActions({ participant, actions }: { participant: ParticipantProgress; actions: ParticipantRowActions }) {
  const [reissued, reissueAction] = useActionState(actions.reissue, { status: "idle" } as LinksState);
  const [revoked, revokeAction] = useActionState(actions.revoke, idleFormState);
  const [removed, removeAction] = useActionState(actions.remove, idleFormState);
  const name = participant.displayName;
  const outcome = removed.message ?? reissued.message ?? revoked.message;
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        <ConfirmDialog
          triggerLabel="New link"
          triggerDetail={`for ${name}`}
          title={`Issue a new link for ${name}?`}
          confirmLabel="Issue new link"
          tone="default"
          action={reissueAction}
        >
          <p>
            {participant.revokedAt ? "Their withdrawn link stays withdrawn." : "Their current link stops working at once."} They keep their answers ({answersPhrase(participant.savedAnswers)}) and go on
            with the new link, which is shown once, here, to copy.
          </p>
        </ConfirmDialog>
        {participant.revokedAt ? null : (
          <ConfirmDialog triggerLabel="Withdraw link" triggerDetail={`of ${name}`} triggerVariant="ghost" title={`Withdraw ${name}'s link?`} confirmLabel="Withdraw link" action={revokeAction}>
            <p>The link stops working at once: {name} can no longer open or change their answers.</p>
            <p>
              {participant.savedAnswers === 0
                ? "They have not saved any answers yet."
                : `Their ${answersPhrase(participant.savedAnswers)} stay in the results. To remove them, use "Delete".`}
            </p>
          </ConfirmDialog>
        )}
        <ConfirmDialog triggerLabel="Delete" triggerDetail={`${name} and their answers`} triggerVariant="ghost" title={`Delete ${name} and their answers?`} confirmLabel="Delete for good" action={removeAction}>
          <p>
            This removes {name} from the round with their {answersPhrase(participant.savedAnswers)}, comments and evidence links included, and their link stops working.
            The results, a closed round&apos;s too, will no longer count them.
          </p>
          <p>It cannot be undone. The audit log records that a participant was deleted and how many answers went, not who or what they answered.</p>
        </ConfirmDialog>
      </div>
      {outcome ? (
        <p role="status" className="text-sm">
          {outcome}
        </p>
      ) : null}
      <IssuedLinks links={reissued.links ?? []} />
      {actions.move ? <MoveParticipant displayName={name} group={participant.group} groups={actions.move.groups} action={actions.move.action} /> : null}
    </div>
  );
}

export function ParticipantsTable({ participants, total, canManage }: { participants: ParticipantRow[]; total: number; canManage: boolean }) {
  if (participants.length === 0) return <p className="text-ink-muted">No participants yet.</p>;
  const hasSelect = participants.some((participant) => participant.select);
  const hasDelivery = participants.some((participant) => participant.delivery);
  return (
    <ScrollArea label="Participants (scrolls sideways)">
      <table className="w-full min-w-[40rem] text-left text-sm">
        <caption className="sr-only">Participants and their progress</caption>
        <thead className="bg-brand-50">
          <tr>
            {hasSelect ? <th scope="col" className="p-3"><span className="sr-only">Select for e-mail</span></th> : null}
            <th scope="col" className="p-3">Name</th>
            <th scope="col" className="p-3">Group</th>
            <th scope="col" className="p-3">Answered</th>
            <th scope="col" className="p-3">Status</th>
            {hasDelivery ? <th scope="col" className="p-3">E-mail</th> : null}
            {canManage ? <th scope="col" className="p-3">Link and answers</th> : null}
          </tr>
        </thead>
        <tbody>
          {participants.map((participant) => (
            <tr key={participant.id} className="border-t border-line align-top">
              {hasSelect ? <td className="p-3">{participant.select}</td> : null}
              <th scope="row" className="p-3 font-medium">
                {participant.displayName}
                {participant.email ? <span className="block font-normal text-ink-muted">{participant.email}</span> : null}
              </th>
              <td className="p-3">{participant.group ?? "—"}</td>
              <td className="p-3">
                {participant.answered} / {total}
              </td>
              <td className="p-3">{status(participant, total)}</td>
              {hasDelivery ? <td className="p-3">{participant.delivery}</td> : null}
              {canManage && participant.actions ? (
                <td className="p-3">
                  <ParticipantActions participant={participant} actions={participant.actions} />
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollArea>
  );
}
