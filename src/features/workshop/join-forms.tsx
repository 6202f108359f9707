"use client";

import Link from "next/link";
import { useActionState } from "react";

import { Field } from "@/components/form/field";
import { FormMessage } from "@/components/form/form-message";
import { SubmitButton } from "@/components/form/submit-button";
import { idleFormState, type FormState } from "@/lib/form-state";

/** Step one: the code from the screen. A plain GET form, so it works before any script loads. */
export function JoinCodeForm({ code = "", error }: { code?: string; error?: string }) {
  return (
    <section aria-labelledby="join-title" className="mx-auto max-w-md space-y-5">
      <h1 id="join-title" className="text-2xl font-bold text-brand-900">
        Join a workshop
      </h1>
      <p className="text-ink-muted">Type the code shown on the facilitator&apos;s screen.</p>
      {error ? (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-red-900">
          {error}
        </p>
      ) : null}
      <form method="get" action="/join" className="space-y-4">
        <div>
          <label htmlFor="join-code" className="block font-medium">
            Workshop code
          </label>
          <input
            id="join-code"
            name="code"
            defaultValue={code}
            required
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            maxLength={12}
            placeholder="ABC 234"
            aria-invalid={error ? true : undefined}
            className="mt-1 block h-14 w-full rounded-md border border-line bg-surface px-3 font-mono text-2xl uppercase tracking-widest"
          />
        </div>
        <button type="submit" className="inline-flex h-12 w-full items-center justify-center rounded-md bg-brand-600 px-5 font-semibold text-white hover:bg-brand-700">
          Continue
        </button>
      </form>
    </section>
  );
}

type DetailsProps = {
  workshop: { code: string; displayCode: string; roundName: string; organizationName: string; groups: string[] };
  joinedAs: { displayName: string; href: string } | null;
  fresh: boolean;
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
};

/** Step two: name and group. A device that joined before is offered its own place back. */
export function JoinDetailsForm({ workshop, joinedAs, fresh, action }: DetailsProps) {
  const [state, formAction] = useActionState(action, idleFormState);
  return (
    <section aria-labelledby="join-title" className="mx-auto max-w-md space-y-5">
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">
        {workshop.organizationName} · {workshop.roundName}
      </p>
      <h1 id="join-title" className="text-2xl font-bold text-brand-900">
        Join the workshop
      </h1>
      {joinedAs ? (
        <div className="space-y-3 rounded-md border border-line bg-brand-50 p-4">
          <p>
            This device has already joined as <strong>{joinedAs.displayName}</strong>.
          </p>
          <Link href={joinedAs.href} className="inline-flex h-12 w-full items-center justify-center rounded-md bg-brand-600 px-5 font-semibold text-white hover:bg-brand-700">
            Continue as {joinedAs.displayName}
          </Link>
          <p className="text-sm">
            Not you?{" "}
            <Link className="text-brand-700 underline" href={`/join?code=${workshop.code}&fresh=1`}>
              Join as someone else
            </Link>
          </p>
        </div>
      ) : (
        <form action={formAction} className="space-y-4">
          <FormMessage state={state} />
          {fresh ? <input type="hidden" name="fresh" value="1" /> : null}
          <Field name="displayName" label="Your name" required maxLength={80} autoComplete="name" defaultValue={state.values?.displayName} errors={state.fieldErrors?.displayName} />
          {workshop.groups.length > 0 ? (
            <fieldset className="space-y-2" aria-describedby={state.fieldErrors?.group ? "group-error" : undefined}>
              <legend className="font-medium">Your group</legend>
              {workshop.groups.map((group) => (
                <label key={group} className="flex min-h-11 cursor-pointer items-center gap-3 rounded-md border border-line bg-surface px-3 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-100">
                  <input type="radio" name="group" value={group} required defaultChecked={state.values?.group === group} className="h-5 w-5 accent-brand-600" />
                  {group}
                </label>
              ))}
              {state.fieldErrors?.group ? (
                <p id="group-error" className="text-sm font-medium text-red-800">
                  {state.fieldErrors.group.join(" ")}
                </p>
              ) : null}
            </fieldset>
          ) : null}
          <p className="text-sm text-ink-muted">Your name is shown to the facilitator, never beside your votes: the room sees only how many chose each level.</p>
          <SubmitButton size="lg" className="w-full" pendingLabel="Joining…">
            Join
          </SubmitButton>
        </form>
      )}
      <p className="text-sm">
        Code {workshop.displayCode} ·{" "}
        <Link className="text-brand-700 underline" href="/join">
          Use another code
        </Link>
      </p>
    </section>
  );
}
