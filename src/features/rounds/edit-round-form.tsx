"use client";

import { useActionState, useState } from "react";

import { Field } from "@/components/form/field";
import { FormMessage } from "@/components/form/form-message";
import { submitKeepingValues } from "@/components/form/submit-keeping-values";
import { Button } from "@/components/ui/button";
import { idleFormState, type FormState } from "@/lib/form-state";

import { NO_GROUP } from "./group-choice";

type GroupCount = { group: string; participants: number };

type Props = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  round: { name: string; opensOn: string | null; closesOn: string | null; isClosed: boolean };
  groupCounts: GroupCount[];
  closedGroupsMessage: string;
};

const people = (count: number) => `${count} participant${count === 1 ? "" : "s"}`;

/** One group of the round: rename it, or remove it and say where its participants go. */
function GroupRow({ index, entry, others }: { index: number; entry: GroupCount; others: string[] }) {
  // Controlled, so a refused save keeps what was typed (React resets a form's uncontrolled fields).
  const [removed, setRemoved] = useState(false);
  const [name, setName] = useState(entry.group);
  const [moveTo, setMoveTo] = useState("");
  const nameId = `group-${index}-name-field`;
  return (
    <li className="space-y-2 rounded-md border border-line bg-surface p-3">
      <input type="hidden" name={`group-${index}-from`} value={entry.group} />
      <div className="flex flex-wrap items-end gap-3">
        <div className="min-w-0 flex-1">
          <label htmlFor={nameId} className="block text-sm font-medium">
            Group {index + 1} <span className="font-normal text-ink-muted">({people(entry.participants)})</span>
          </label>
          <input
            id={nameId}
            name={`group-${index}-name`}
            value={name}
            onChange={(event) => setName(event.target.value)}
            maxLength={40}
            disabled={removed}
            className="mt-1 block w-full rounded-md border border-line bg-surface px-3 py-2 text-base disabled:bg-canvas"
          />
        </div>
        <label className="flex h-11 items-center gap-2 text-sm">
          <input type="checkbox" name={`group-${index}-remove`} checked={removed} onChange={(event) => setRemoved(event.target.checked)} className="h-5 w-5 accent-brand-600" />
          Remove<span className="sr-only"> {entry.group}</span>
        </label>
      </div>
      {removed && entry.participants > 0 ? (
        <label className="block text-sm font-medium">
          Move its {people(entry.participants)} to
          <select name={`group-${index}-move`} value={moveTo} onChange={(event) => setMoveTo(event.target.value)} className="mt-1 block h-11 w-full rounded-md border border-line bg-surface px-2 text-base sm:max-w-xs">
            <option value="">Choose…</option>
            {others.map((group) => (
              <option key={group} value={group}>
                {group}
              </option>
            ))}
            <option value={NO_GROUP}>No group</option>
          </select>
        </label>
      ) : null}
      {removed && entry.participants === 0 ? <p className="text-sm text-ink-muted">Nobody is in this group: it is simply removed.</p> : null}
    </li>
  );
}

/**
 * A round's name, dates and groups. Renaming a group takes its participants along; removing one asks
 * where its participants go, so nobody is dropped. A closed round keeps its groups (see round-edits.ts).
 */
export function EditRoundForm({ action, round, groupCounts, closedGroupsMessage }: Props) {
  // Counting saves lets a saved form start afresh (new group rows, empty "add groups") while a
  // refused one keeps everything typed.
  const [state, formAction, pending] = useActionState<FormState & { saves?: number }, FormData>(async (previous, formData) => {
    const result = await action(previous, formData);
    return { ...result, saves: (previous.saves ?? 0) + (result.status === "success" ? 1 : 0) };
  }, idleFormState);
  const groupsHintId = "edit-groups-hint";
  return (
    <form key={state.saves ?? 0} onSubmit={submitKeepingValues(formAction)} className="max-w-2xl space-y-5" noValidate>
      <FormMessage state={state} />
      <Field name="name" label="Round name" required maxLength={80} defaultValue={state.values?.name ?? round.name} errors={state.fieldErrors?.name} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="opensOn" label="Opens on (optional)" type="date" defaultValue={state.values?.opensOn ?? round.opensOn ?? ""} errors={state.fieldErrors?.opensOn} />
        <Field name="closesOn" label="Closes on (optional)" type="date" defaultValue={state.values?.closesOn ?? round.closesOn ?? ""} errors={state.fieldErrors?.closesOn} />
      </div>
      <fieldset className="space-y-3" aria-describedby={groupsHintId}>
        <legend className="text-sm font-medium">Participant groups</legend>
        <p id={groupsHintId} className="text-sm text-ink-muted">
          {round.isClosed ? closedGroupsMessage : "Renaming a group keeps its participants in it. Removing a group asks where its participants go: nobody is dropped."}
        </p>
        {state.fieldErrors?.groups ? (
          <div role="alert">
            <ul className="list-disc space-y-1 pl-5 text-sm font-medium text-red-800">
              {state.fieldErrors.groups.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          </div>
        ) : null}
        {round.isClosed && groupCounts.length > 0 ? (
          <ul className="list-disc pl-5 text-sm">
            {groupCounts.map((entry) => (
              <li key={entry.group}>
                {entry.group} ({people(entry.participants)})
              </li>
            ))}
          </ul>
        ) : groupCounts.length > 0 ? (
          <ul className="space-y-2">
            {groupCounts.map((entry, index) => (
              <GroupRow key={entry.group} index={index} entry={entry} others={groupCounts.map((other) => other.group).filter((group) => group !== entry.group)} />
            ))}
          </ul>
        ) : (
          <p className="text-sm">This round has no groups yet.</p>
        )}
        {round.isClosed ? null : (
          <Field name="addGroups" label="Add groups (optional)" hint="One per line." multiline rows={2} defaultValue={state.values?.addGroups ?? ""} />
        )}
      </fieldset>
      <Button type="submit" disabled={pending} aria-disabled={pending}>
        {pending ? "Saving…" : "Save changes"}
      </Button>
    </form>
  );
}
