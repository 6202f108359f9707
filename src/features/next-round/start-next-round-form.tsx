"use client";

import Link from "next/link";
import { useActionState, useState } from "react";

import { Field } from "@/components/form/field";
import { FormMessage } from "@/components/form/form-message";
import { submitKeepingValues } from "@/components/form/submit-keeping-values";
import { IssuedLinks } from "@/components/issued-links";
import { Button } from "@/components/ui/button";

import type { NextRoundState } from "./next-round-actions";

export type CarriedPerson = { id: string; displayName: string; email: string | null; group: string | null; linkWithdrawn: boolean };

type Props = {
  action: (previous: NextRoundState, formData: FormData) => Promise<NextRoundState>;
  previousName: string;
  proposal: { name: string; opensOn: string; closesOn: string | null };
  participants: CarriedPerson[];
};

/**
 * The next round's name and dates, prefilled six months on, and who comes along (everyone whose link
 * was not withdrawn, to start with). Once created, the new links are shown here, once.
 */
export function StartNextRoundForm({ action, previousName, proposal, participants }: Props) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as NextRoundState);
  const [chosen, setChosen] = useState(() => new Set(participants.filter((person) => !person.linkWithdrawn).map((person) => person.id)));

  if (state.status === "success" && state.round) {
    return (
      <section aria-labelledby="created-title" className="space-y-4">
        <h2 id="created-title" className="text-xl font-semibold">
          {state.round.name} is ready
        </h2>
        <FormMessage state={state} />
        <IssuedLinks links={state.links ?? []} />
        <Button asChild>
          <Link href={state.round.path}>Go to {state.round.name}</Link>
        </Button>
      </section>
    );
  }

  const toggle = (id: string, on: boolean) =>
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  return (
    <form onSubmit={submitKeepingValues(formAction)} className="max-w-2xl space-y-5" noValidate>
      <FormMessage state={state} />
      <Field name="name" label="Name" hint={`Proposed: the half-year after ${previousName}.`} required maxLength={80} defaultValue={state.values?.name ?? proposal.name} errors={state.fieldErrors?.name} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="opensOn" label="Opens on (optional)" type="date" defaultValue={state.values?.opensOn ?? proposal.opensOn} errors={state.fieldErrors?.opensOn} />
        <Field name="closesOn" label="Closes on (optional)" type="date" defaultValue={state.values?.closesOn ?? proposal.closesOn ?? ""} errors={state.fieldErrors?.closesOn} />
      </div>
      <fieldset className="space-y-3">
        <legend className="text-sm font-medium">
          Participants to carry over ({chosen.size} of {participants.length})
        </legend>
        <p className="text-sm text-ink-muted">
          Each gets a new personal link. Untick anyone who has left; you can add newcomers on the new round&apos;s page.
          {participants.some((person) => !person.email)
            ? " People without an e-mail address come along too, but cannot be shown their answers from last time: those are found by e-mail."
            : ""}
        </p>
        {participants.length > 1 ? (
          <div className="flex flex-wrap gap-2">
            <Button type="button" variant="secondary" size="sm" onClick={() => setChosen(new Set(participants.map((person) => person.id)))}>
              Select all
            </Button>
            <Button type="button" variant="secondary" size="sm" onClick={() => setChosen(new Set())}>
              Select none
            </Button>
          </div>
        ) : null}
        {participants.length === 0 ? <p className="text-sm">{previousName} had no participants.</p> : null}
        <ul className="divide-y divide-line rounded-md border border-line bg-surface">
          {participants.map((person) => (
            <li key={person.id} className="flex items-start gap-3 p-3">
              <input
                id={`carry-${person.id}`}
                type="checkbox"
                name="participantIds"
                value={person.id}
                checked={chosen.has(person.id)}
                onChange={(event) => toggle(person.id, event.target.checked)}
                aria-describedby={`carry-${person.id}-detail`}
                className="mt-1 h-5 w-5 shrink-0 accent-brand-600"
              />
              <div className="min-w-0">
                <label htmlFor={`carry-${person.id}`} className="block cursor-pointer font-medium">
                  {person.displayName}
                </label>
                <p id={`carry-${person.id}-detail`} className="break-words text-sm text-ink-muted">
                  {[person.email ?? "no e-mail", person.group ?? "no group"].join(" · ")}
                  {person.linkWithdrawn ? ` · link withdrawn in ${previousName}` : ""}
                </p>
              </div>
            </li>
          ))}
        </ul>
        {state.fieldErrors?.participantIds ? <p className="text-sm font-medium text-red-800">{state.fieldErrors.participantIds.join(" ")}</p> : null}
      </fieldset>
      <Button type="submit" disabled={pending} aria-disabled={pending}>
        {pending ? "Creating…" : "Create the next round"}
      </Button>
    </form>
  );
}
