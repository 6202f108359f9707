"use client";

import { useActionState, useId } from "react";

import { SubmitButton } from "@/components/form/submit-button";
import { idleFormState, type FormState } from "@/lib/form-state";

import { NO_GROUP } from "./group-choice";

type Props = {
  displayName: string;
  group: string | null;
  groups: readonly string[];
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
};

/** Moves one participant to another of the round's groups; their answers count there from then on. */
export function MoveParticipant({ displayName, group, groups, action }: Props) {
  const [state, formAction] = useActionState(action, idleFormState);
  const selectId = useId();
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-2">
      <label htmlFor={selectId} className="text-sm text-ink-muted">
        Group<span className="sr-only"> of {displayName}</span>
      </label>
      <select key={group ?? NO_GROUP} id={selectId} name="group" defaultValue={group ?? NO_GROUP} className="h-8 max-w-[12rem] rounded-md border border-line bg-surface px-2 text-sm">
        {groups.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
        <option value={NO_GROUP}>No group</option>
      </select>
      <SubmitButton variant="secondary" size="sm" pendingLabel="Moving…" aria-label={`Move ${displayName}`}>
        Move
      </SubmitButton>
      {state.message ? (
        <p role={state.status === "error" ? "alert" : "status"} className="w-full text-sm">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
