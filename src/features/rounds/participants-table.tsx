"use client";

import { useActionState } from "react";

import { SubmitButton } from "@/components/form/submit-button";
import { ScrollArea } from "@/components/ui/scroll-area";
import { idleFormState, type FormState } from "@/lib/form-state";
import type { ParticipantProgress } from "@/server/participants";

import { IssuedLinks } from "./issued-links";
import type { LinksState } from "./round-actions";

/** Server actions already bound to one participant by the page. */
export type ParticipantRowActions = {
  reissue: (previous: LinksState, formData: FormData) => Promise<LinksState>;
  revoke: (previous: FormState, formData: FormData) => Promise<FormState>;
};

export type ParticipantRow = ParticipantProgress & { actions?: ParticipantRowActions };

function status(participant: ParticipantProgress, total: number): string {
  if (participant.revokedAt) return "Link withdrawn";
  if (participant.submittedAt) return participant.answered === total ? "Finished" : "Submitted";
  if (participant.startedAt) return "Started";
  return "Not started";
}

function ParticipantActions({ participant, actions }: { participant: ParticipantProgress; actions: ParticipantRowActions }) {
  const [reissued, reissueAction] = useActionState(actions.reissue, { status: "idle" } as LinksState);
  const [revoked, revokeAction] = useActionState(actions.revoke, idleFormState);
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        <form action={reissueAction}>
          <SubmitButton size="sm" variant="secondary" pendingLabel="…">
            New link<span className="sr-only"> for {participant.displayName}</span>
          </SubmitButton>
        </form>
        {participant.revokedAt ? null : (
          <form action={revokeAction}>
            <SubmitButton size="sm" variant="ghost" pendingLabel="…">
              Withdraw link<span className="sr-only"> of {participant.displayName}</span>
            </SubmitButton>
          </form>
        )}
      </div>
      {reissued.message || revoked.message ? <p role="status" className="text-sm">{reissued.message ?? revoked.message}</p> : null}
      <IssuedLinks links={reissued.links ?? []} />
    </div>
  );
}

export function ParticipantsTable({ participants, total, canManage }: { participants: ParticipantRow[]; total: number; canManage: boolean }) {
  if (participants.length === 0) return <p className="text-ink-muted">No participants yet.</p>;
  return (
    <ScrollArea label="Participants (scrolls sideways)">
      <table className="w-full min-w-[40rem] text-left text-sm">
        <caption className="sr-only">Participants and their progress</caption>
        <thead className="bg-brand-50">
          <tr>
            <th scope="col" className="p-3">Name</th>
            <th scope="col" className="p-3">Group</th>
            <th scope="col" className="p-3">Answered</th>
            <th scope="col" className="p-3">Status</th>
            {canManage ? <th scope="col" className="p-3">Link</th> : null}
          </tr>
        </thead>
        <tbody>
          {participants.map((participant) => (
            <tr key={participant.id} className="border-t border-line align-top">
              <th scope="row" className="p-3 font-medium">
                {participant.displayName}
                {participant.email ? <span className="block font-normal text-ink-muted">{participant.email}</span> : null}
              </th>
              <td className="p-3">{participant.group ?? "—"}</td>
              <td className="p-3">
                {participant.answered} / {total}
              </td>
              <td className="p-3">{status(participant, total)}</td>
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
