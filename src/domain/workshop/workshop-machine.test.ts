import { describe, expect, it } from "vitest";

import { applyCommand, currentProgress, initialWorkshopState, positionOf, voteProblem, type CommandResult, type WorkshopCommand, type WorkshopContext, type WorkshopState } from "./workshop-machine";

const dimensions = ["extent", "scope", "culture"];
const open: WorkshopContext = { roundStatus: "OPEN", votesInCurrentRound: 5, minVotesToReveal: 3 };

function ok(result: CommandResult): WorkshopState {
  if (!result.ok) throw new Error(`expected success, got: ${result.problem}`);
  return result.state;
}

function run(state: WorkshopState, ...commands: WorkshopCommand[]): WorkshopState {
  return commands.reduce((current, command) => ok(applyCommand(current, command, open)), state);
}

function problem(result: CommandResult): string {
  if (result.ok) throw new Error("expected a refusal");
  return result.problem;
}

describe("workshop state machine", () => {
  const start = initialWorkshopState(dimensions);

  it("starts live on the first dimension, voting in round 1, joining on", () => {
    expect(start).toMatchObject({ mode: "workshop", currentDimensionId: "extent", joinOpen: true, showWhoHasNotVoted: false });
    expect(currentProgress(start)).toEqual({ phase: "voting", votingRound: 1 });
    expect(positionOf(start)).toEqual({ index: 0, total: 3 });
  });

  it("walks the dimensions in order and refuses to walk off either end", () => {
    const last = run(start, { type: "next" }, { type: "next" });
    expect(last.currentDimensionId).toBe("culture");
    expect(problem(applyCommand(last, { type: "next" }, open))).toBe("This is the last dimension.");
    expect(problem(applyCommand(start, { type: "previous" }, open))).toBe("This is the first dimension.");
    expect(run(last, { type: "previous" }).currentDimensionId).toBe("scope");
    expect(run(start, { type: "go-to", dimensionId: "culture" }).currentDimensionId).toBe("culture");
    expect(problem(applyCommand(start, { type: "go-to", dimensionId: "nope" }, open))).toMatch(/no such dimension/);
  });

  it("goes voting → revealed → agreed, and a revote starts the next round of voting", () => {
    const revealed = run(start, { type: "reveal" });
    expect(currentProgress(revealed)).toEqual({ phase: "revealed", votingRound: 1 });
    const revote = run(revealed, { type: "revote" });
    expect(currentProgress(revote)).toEqual({ phase: "voting", votingRound: 2 });
    const agreed = run(revote, { type: "reveal" }, { type: "agree" });
    expect(currentProgress(agreed)).toEqual({ phase: "agreed", votingRound: 2 });
    // Correcting a recorded consensus is allowed; revoting an agreed dimension is not.
    expect(run(agreed, { type: "agree" })).toEqual(agreed);
    expect(problem(applyCommand(agreed, { type: "revote" }, open))).toMatch(/consensus is recorded/);
  });

  it("keeps each dimension's progress when moving away and back", () => {
    const state = run(start, { type: "reveal" }, { type: "next" }, { type: "previous" });
    expect(currentProgress(state)).toEqual({ phase: "revealed", votingRound: 1 });
    expect(currentProgress(run(state, { type: "next" }))).toEqual({ phase: "voting", votingRound: 1 });
  });

  it("refuses out-of-order steps with a reason", () => {
    expect(problem(applyCommand(start, { type: "revote" }, open))).toMatch(/reveal before a revote/);
    expect(problem(applyCommand(start, { type: "agree" }, open))).toMatch(/Reveal the votes before/);
    expect(problem(applyCommand(run(start, { type: "reveal" }), { type: "reveal" }, open))).toMatch(/already revealed/);
  });

  it("will not reveal fewer votes than the privacy minimum", () => {
    expect(problem(applyCommand(start, { type: "reveal" }, { ...open, votesInCurrentRound: 2 }))).toMatch(/at least 3 votes/);
    expect(applyCommand(start, { type: "reveal" }, { ...open, votesInCurrentRound: 3 }).ok).toBe(true);
  });

  it("switches between workshop and self-paced, and runs nothing live while self-paced", () => {
    const selfPaced = run(start, { type: "set-mode", mode: "self-paced" });
    expect(selfPaced.mode).toBe("self-paced");
    expect(problem(applyCommand(selfPaced, { type: "next" }, open))).toMatch(/self-paced/);
    expect(problem(applyCommand(selfPaced, { type: "set-mode", mode: "self-paced" }, open))).toMatch(/already self-paced/);
    expect(run(selfPaced, { type: "set-mode", mode: "workshop" }).currentDimensionId).toBe("extent");
  });

  it("turns joining off and on, and shows or hides who has not voted", () => {
    const closed = run(start, { type: "set-joining", open: false });
    expect(closed.joinOpen).toBe(false);
    expect(problem(applyCommand(closed, { type: "set-joining", open: false }, open))).toMatch(/already off/);
    expect(run(start, { type: "show-who-has-not-voted", show: true }).showWhoHasNotVoted).toBe(true);
  });

  it("runs only on an open round, though a closed round may still stop joining or leave workshop mode", () => {
    const closedRound = { ...open, roundStatus: "CLOSED" as const };
    expect(problem(applyCommand(start, { type: "next" }, closedRound))).toMatch(/workshop has ended/);
    expect(problem(applyCommand(start, { type: "set-joining", open: true }, { ...closedRound }))).toMatch(/closed/);
    expect(applyCommand(start, { type: "set-joining", open: false }, closedRound).ok).toBe(true);
    expect(applyCommand(start, { type: "set-mode", mode: "self-paced" }, closedRound).ok).toBe(true);
    expect(problem(applyCommand(start, { type: "reveal" }, { ...open, roundStatus: "DRAFT" }))).toMatch(/Open the round/);
  });
});

describe("who may vote, and when", () => {
  const start = initialWorkshopState(dimensions);

  it("takes a vote on the current dimension in its current round of voting", () => {
    expect(voteProblem(start, "OPEN", { dimensionId: "extent", votingRound: 1 })).toBeNull();
  });

  it("refuses a vote that arrives after the facilitator moved on, revealed or started a revote", () => {
    expect(voteProblem(start, "OPEN", { dimensionId: "scope", votingRound: 1 })).toMatch(/moved to another dimension/);
    const revealed = run(start, { type: "reveal" });
    expect(voteProblem(revealed, "OPEN", { dimensionId: "extent", votingRound: 1 })).toMatch(/revealed/);
    const revote = run(revealed, { type: "revote" });
    expect(voteProblem(revote, "OPEN", { dimensionId: "extent", votingRound: 1 })).toMatch(/vote again/);
    expect(voteProblem(revote, "OPEN", { dimensionId: "extent", votingRound: 2 })).toBeNull();
  });

  it("refuses votes while self-paced or once the round is closed", () => {
    expect(voteProblem(run(start, { type: "set-mode", mode: "self-paced" }), "OPEN", { dimensionId: "extent", votingRound: 1 })).toMatch(/not live/);
    expect(voteProblem(start, "CLOSED", { dimensionId: "extent", votingRound: 1 })).toMatch(/closed/);
  });
});
