import Link from "next/link";

import { privacyRule, type RoundScores } from "@/domain/scoring/round-scoring";

export type RoundState = { status: "DRAFT" | "OPEN" | "CLOSED"; participantTotal: number; roundPath: string };

/** Where the round stands, worded for its status: a draft is not "live". */
export function ResultsStatus({ round, scores }: { round: RoundState; scores: RoundScores }) {
  const basis = `Based on ${scores.participantCount} participant${scores.participantCount === 1 ? "" : "s"} with answers, of ${round.participantTotal} invited.`;
  const text = {
    DRAFT: "This round is a draft: nobody can answer until it is opened.",
    OPEN: "Live results: the round is open and these numbers change as answers arrive.",
    CLOSED: "Final results: the round is closed.",
  }[round.status];
  return (
    <p role="status" className="rounded-md bg-brand-50 p-3 text-sm text-brand-900">
      {text} {basis}
    </p>
  );
}

/** What to do next when there is nothing to show yet, instead of an empty chart and rows of dashes. */
export function NoResultsYet({ round, scores }: { round: RoundState; scores: RoundScores }) {
  const steps: string[] = [];
  if (round.participantTotal === 0) steps.push("Add participants on the round page, one by one or by pasting a list.");
  if (round.status === "DRAFT") steps.push("Open the round, so that participants can answer.");
  if (round.status !== "CLOSED") steps.push("Send each participant their personal link (copy it when you add them, or issue a new one).");
  const withheld = scores.withheld;
  return (
    <section aria-labelledby="no-results-title" className="space-y-3 rounded-lg border border-line bg-surface p-5">
      <h2 id="no-results-title" className="text-lg font-semibold">
        {withheld ? "Not enough answers to show yet" : "No answers yet"}
      </h2>
      <p>
        {withheld
          ? `${scores.participantCount} participant${scores.participantCount === 1 ? " has" : "s have"} answered so far. To protect their answers, results appear once at least ${scores.minGroupSize} people have answered.`
          : round.status === "CLOSED"
            ? "Nobody answered before this round was closed."
            : "Results appear here as soon as participants answer."}
      </p>
      {steps.length > 0 && round.status !== "CLOSED" ? (
        <ol className="list-decimal space-y-1 pl-6">
          {steps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
      ) : null}
      <p>
        <Link className="font-medium text-brand-700 underline" href={round.roundPath}>
          Go to the round page
        </Link>
      </p>
    </section>
  );
}

/** The privacy rule, stated where the numbers are. */
export function PrivacyRule({ minGroupSize }: { minGroupSize: number }) {
  return (
    <section aria-labelledby="privacy-title" className="space-y-2 text-sm text-ink-muted">
      <h2 id="privacy-title" className="text-base font-semibold text-ink">
        How participants&apos; answers are protected
      </h2>
      <ul className="list-disc space-y-1 pl-6">
        {privacyRule(minGroupSize).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </section>
  );
}
