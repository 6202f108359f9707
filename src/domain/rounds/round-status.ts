// The round's life: a draft is prepared, opened for answers, closed (and may be reopened). What each
// status allows lives here so that the data layer, the workshop and the pages apply one rule.

export type RoundStatus = "DRAFT" | "OPEN" | "CLOSED";

const allowedTransitions: Readonly<Record<RoundStatus, readonly RoundStatus[]>> = {
  DRAFT: ["OPEN"],
  OPEN: ["CLOSED"],
  CLOSED: ["OPEN"],
};

export function canTransition(from: RoundStatus, to: RoundStatus): boolean {
  return allowedTransitions[from].includes(to);
}

/** Why the round cannot move from `from` to `to`, or null when it can. */
export function transitionProblem(from: RoundStatus, to: RoundStatus): string | null {
  if (to === "DRAFT") return "A round can only be opened or closed.";
  if (canTransition(from, to)) return null;
  return `This round is ${from.toLowerCase()}; it cannot be ${to === "OPEN" ? "opened" : "closed"} now.`;
}

/** Answers, votes and joins are accepted only while the round is open. */
export function acceptsAnswers(status: RoundStatus): boolean {
  return status === "OPEN";
}

/** Why a live workshop cannot run on a round in this status, or null when it can. */
export function workshopProblem(status: RoundStatus): string | null {
  if (status === "DRAFT") return "Open the round before running the workshop.";
  if (status === "CLOSED") return "This round is closed, so the workshop has ended. Reopen the round to continue.";
  return null;
}
