import Link from "next/link";

import { ActionButtonForm } from "@/components/form/action-button-form";
import type { FormState } from "@/lib/form-state";

type StartWorkshopProps = {
  roundName: string;
  roundPath: string;
  status: "DRAFT" | "OPEN" | "CLOSED";
  canManage: boolean;
  start: (previous: FormState, formData: FormData) => Promise<FormState>;
};

/** Before the first workshop of a round: what it does, and the button that starts it. */
export function StartWorkshop({ roundName, roundPath, status, canManage, start }: StartWorkshopProps) {
  return (
    <section aria-labelledby="start-title" className="mx-auto max-w-2xl space-y-4">
      <h1 id="start-title" className="text-2xl font-bold text-brand-900">
        Run {roundName} as a live workshop
      </h1>
      <p>
        Project the presenter view in the room. People join on their phones with a code (or by scanning a QR code) and vote on one dimension at a
        time, blind: the screen shows how many have voted, never what, until you reveal. Then discuss the spread, revote if you like, and record
        the level the group agrees.
      </p>
      {status !== "OPEN" ? (
        <p className="rounded-md border border-line bg-brand-50 p-3 font-medium">
          {status === "DRAFT" ? "Open the round first: the workshop runs only on an open round." : "This round is closed; reopen it to run a workshop."}
        </p>
      ) : canManage ? (
        <ActionButtonForm action={start} label="Start the workshop" variant="primary" />
      ) : (
        <p>A consultant of this workspace can start the workshop.</p>
      )}
      <p>
        <Link className="text-brand-700 underline" href={roundPath}>
          Back to the round
        </Link>
      </p>
    </section>
  );
}
