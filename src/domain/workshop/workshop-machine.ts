import { workshopProblem, type RoundStatus } from "../rounds/round-status";

// The live workshop as a state machine. The facilitator moves dimension by dimension; each
// dimension goes voting → revealed → agreed, and a revote starts a new round of voting (the earlier
// votes stay on record). Pure: the data layer loads the state, applies a command here and stores
// what comes back, so every rule is unit-tested without a database.

export type WorkshopMode = "workshop" | "self-paced";
export type Phase = "voting" | "revealed" | "agreed";
export type DimensionProgress = { phase: Phase; votingRound: number };

export type WorkshopState = {
  mode: WorkshopMode;
  /** The framework's dimensions, in the order the workshop walks them. */
  dimensionIds: readonly string[];
  currentDimensionId: string;
  /** Dimensions not listed have not been voted on yet: voting, round 1. */
  progress: Readonly<Record<string, DimensionProgress>>;
  joinOpen: boolean;
  showWhoHasNotVoted: boolean;
};

export type WorkshopCommand =
  | { type: "next" }
  | { type: "previous" }
  | { type: "go-to"; dimensionId: string }
  | { type: "reveal" }
  | { type: "revote" }
  | { type: "agree" }
  | { type: "set-mode"; mode: WorkshopMode }
  | { type: "set-joining"; open: boolean }
  | { type: "show-who-has-not-voted"; show: boolean };

export type WorkshopContext = {
  roundStatus: RoundStatus;
  /** Votes cast in the current dimension's current round of voting. */
  votesInCurrentRound: number;
  /** Fewest votes a reveal may show: with fewer, a voter could work out another's vote. */
  minVotesToReveal: number;
};

/** What changed, for the event log and the audit trail. */
export type WorkshopChange = "moved" | "revealed" | "revote" | "agreed" | "mode" | "joining" | "settings";

export type CommandResult = { ok: true; state: WorkshopState; change: WorkshopChange } | { ok: false; problem: string };

const FIRST_ROUND: DimensionProgress = { phase: "voting", votingRound: 1 };

/** A spread of this many levels or more between the lowest and highest vote is flagged for discussion. */
export const WIDE_DISAGREEMENT_SPREAD = 2;

export function initialWorkshopState(dimensionIds: readonly string[]): WorkshopState {
  if (dimensionIds.length === 0) throw new Error("A workshop needs at least one dimension.");
  return { mode: "workshop", dimensionIds, currentDimensionId: dimensionIds[0]!, progress: {}, joinOpen: true, showWhoHasNotVoted: false };
}

export function progressOf(state: WorkshopState, dimensionId: string): DimensionProgress {
  return state.progress[dimensionId] ?? FIRST_ROUND;
}

export function currentProgress(state: WorkshopState): DimensionProgress {
  return progressOf(state, state.currentDimensionId);
}

function withProgress(state: WorkshopState, progress: DimensionProgress): WorkshopState {
  return { ...state, progress: { ...state.progress, [state.currentDimensionId]: progress } };
}

function moveTo(state: WorkshopState, dimensionId: string | undefined, edge: string): CommandResult {
  if (dimensionId === undefined) return { ok: false, problem: edge };
  if (!state.dimensionIds.includes(dimensionId)) return { ok: false, problem: "This round's framework has no such dimension." };
  if (dimensionId === state.currentDimensionId) return { ok: false, problem: "This dimension is already on screen." };
  return { ok: true, state: { ...state, currentDimensionId: dimensionId }, change: "moved" };
}

export function applyCommand(state: WorkshopState, command: WorkshopCommand, context: WorkshopContext): CommandResult {
  const roundProblem = workshopProblem(context.roundStatus);
  // Turning joining off and leaving workshop mode stay possible on a closed round: they only stop things.
  const onlyStops = (command.type === "set-joining" && !command.open) || (command.type === "set-mode" && command.mode === "self-paced");
  if (roundProblem && !onlyStops) return { ok: false, problem: roundProblem };

  switch (command.type) {
    case "set-mode":
      if (command.mode === state.mode) return { ok: false, problem: command.mode === "workshop" ? "The workshop is already live." : "The round is already self-paced." };
      return { ok: true, state: { ...state, mode: command.mode }, change: "mode" };
    case "set-joining":
      if (command.open === state.joinOpen) return { ok: false, problem: command.open ? "Joining is already on." : "Joining is already off." };
      return { ok: true, state: { ...state, joinOpen: command.open }, change: "joining" };
    case "show-who-has-not-voted":
      return { ok: true, state: { ...state, showWhoHasNotVoted: command.show }, change: "settings" };
  }

  if (state.mode !== "workshop") return { ok: false, problem: "The round is self-paced. Switch to workshop mode to run the session." };
  const index = state.dimensionIds.indexOf(state.currentDimensionId);
  const progress = currentProgress(state);

  switch (command.type) {
    case "next":
      return moveTo(state, state.dimensionIds[index + 1], "This is the last dimension.");
    case "previous":
      return moveTo(state, index > 0 ? state.dimensionIds[index - 1] : undefined, "This is the first dimension.");
    case "go-to":
      return moveTo(state, command.dimensionId, "This round's framework has no such dimension.");
    case "reveal":
      if (progress.phase !== "voting") return { ok: false, problem: "The votes for this dimension are already revealed." };
      if (context.votesInCurrentRound < context.minVotesToReveal) {
        return {
          ok: false,
          problem: `Wait for at least ${context.minVotesToReveal} votes before revealing: with fewer, people could work out each other's votes.`,
        };
      }
      return { ok: true, state: withProgress(state, { ...progress, phase: "revealed" }), change: "revealed" };
    case "revote":
      if (progress.phase !== "revealed") {
        return { ok: false, problem: progress.phase === "voting" ? "Voting is still open: reveal before a revote." : "The consensus is recorded; there is nothing to revote." };
      }
      return { ok: true, state: withProgress(state, { phase: "voting", votingRound: progress.votingRound + 1 }), change: "revote" };
    case "agree":
      // Recording again after "agreed" corrects the recorded consensus.
      if (progress.phase === "voting") return { ok: false, problem: "Reveal the votes before recording a consensus." };
      return { ok: true, state: withProgress(state, { ...progress, phase: "agreed" }), change: "agreed" };
  }
}

/** Why a vote cannot be taken now, or null when it can. */
export function voteProblem(state: WorkshopState, roundStatus: RoundStatus, vote: { dimensionId: string; votingRound: number }): string | null {
  const roundProblem = workshopProblem(roundStatus);
  if (roundProblem) return roundProblem;
  if (state.mode !== "workshop") return "The workshop is not live: answer in the questionnaire instead.";
  if (vote.dimensionId !== state.currentDimensionId) return "The facilitator has moved to another dimension.";
  const progress = currentProgress(state);
  if (progress.phase !== "voting") return "The votes are revealed: voting on this dimension is closed.";
  if (vote.votingRound !== progress.votingRound) return "A new round of voting has started: vote again.";
  return null;
}

/** Where the current dimension sits, for "3 of 11". */
export function positionOf(state: WorkshopState): { index: number; total: number } {
  return { index: state.dimensionIds.indexOf(state.currentDimensionId), total: state.dimensionIds.length };
}
