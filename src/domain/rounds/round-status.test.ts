import { describe, expect, it } from "vitest";

import { acceptsAnswers, canTransition, transitionProblem, workshopProblem } from "./round-status";

describe("round status machine", () => {
  it("opens a draft, closes an open round and reopens a closed one", () => {
    expect(canTransition("DRAFT", "OPEN")).toBe(true);
    expect(canTransition("OPEN", "CLOSED")).toBe(true);
    expect(canTransition("CLOSED", "OPEN")).toBe(true);
  });

  it("refuses every other move with a message naming the status", () => {
    expect(canTransition("DRAFT", "CLOSED")).toBe(false);
    expect(canTransition("OPEN", "OPEN")).toBe(false);
    expect(transitionProblem("DRAFT", "CLOSED")).toBe("This round is draft; it cannot be closed now.");
    expect(transitionProblem("OPEN", "DRAFT")).toBe("A round can only be opened or closed.");
    expect(transitionProblem("OPEN", "CLOSED")).toBeNull();
  });

  it("accepts answers and runs a workshop only while open", () => {
    expect(acceptsAnswers("OPEN")).toBe(true);
    expect(acceptsAnswers("DRAFT")).toBe(false);
    expect(acceptsAnswers("CLOSED")).toBe(false);
    expect(workshopProblem("OPEN")).toBeNull();
    expect(workshopProblem("DRAFT")).toMatch(/Open the round/);
    expect(workshopProblem("CLOSED")).toMatch(/workshop has ended/);
  });
});
