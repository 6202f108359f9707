"use client";

import { useActionState } from "react";

import { FormMessage } from "@/components/form/form-message";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { idleFormState, type FormState } from "@/lib/form-state";

const count = (value: number, one: string, many: string) => `${value} ${value === 1 ? one : many}`;

/** Owner-only: removes an organization and everything assessed in it, after saying how much. */
export function DeleteOrganization({
  name,
  footprint,
  action,
}: {
  name: string;
  footprint: { rounds: number; participants: number; answers: number; boundariesReviews?: number };
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
}) {
  const [state, formAction] = useActionState(action, idleFormState);
  const review = footprint.boundariesReviews ? ", its boundaries review" : "";
  const what = `${count(footprint.rounds, "round", "rounds")}, ${count(footprint.participants, "participant", "participants")}${review} and ${count(footprint.answers, "saved answer", "saved answers")}`;
  return (
    <div className="space-y-3">
      <FormMessage state={state} />
      <p className="text-sm text-ink-muted">Deleting removes the organization with {what}, for good. To keep them but hide the organization, archive it instead.</p>
      <ConfirmDialog triggerLabel="Delete organization" triggerVariant="danger" triggerSize="md" title={`Delete ${name} and everything in it?`} confirmLabel="Delete for good" pendingLabel="Deleting…" action={formAction}>
        <p>
          This deletes {name} with {what}: every participant&apos;s answers, comments and evidence links in every round, closed ones included.
        </p>
        <p>It cannot be undone. The audit log records that the organization was deleted and these counts, not the answers.</p>
      </ConfirmDialog>
    </div>
  );
}
