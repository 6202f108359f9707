import type { RoundScores } from "../scoring/round-scoring";
import { matchByEmail } from "./comparison";

// What a follow-up round's questionnaire shows for each dimension: what the same person answered last
// time (matched by e-mail), and what the previous round found as a whole (its official level: the
// consensus where one was recorded, else the median). The round's figures come from its scores,
// which already withhold anything resting on fewer people than its privacy minimum, so a figure the
// results page hides is never shown here either.

export type OwnPreviousAnswer = {
  currentLevel: number | null;
  currentDontKnow: boolean;
  targetLevel: number | null;
  targetDontKnow: boolean;
  comment: string | null;
};

export type OfficialLevels = { current: number | null; target: number | null; source: "consensus" | "median" };

export type PreviousFinding = {
  /** This participant's own answer last time; null for a newcomer or a dimension they left open. */
  own: OwnPreviousAnswer | null;
  /** The previous round's result; null where it had none, or withheld it for privacy. */
  official: OfficialLevels | null;
};

export type PreviousFindings = {
  roundName: string;
  /** Dimension id → what was found; dimensions with nothing to show are left out. */
  dimensions: Record<string, PreviousFinding>;
};

export type PreviousParticipant = { id: string; email: string | null };
export type PreviousResponse = OwnPreviousAnswer & { participantId: string; dimensionId: string };

/** The previous round's official levels, as its results page shows them (withheld figures are null). */
export function officialLevelsFrom(scores: RoundScores): Map<string, OfficialLevels> {
  return new Map(scores.dimensions.map((dimension) => [dimension.dimensionId, { ...dimension.official }]));
}

/** The previous round's participant with this e-mail (case and spaces ignored), if any. */
export function previousSelf(current: { id: string; email: string | null }, previousParticipants: readonly PreviousParticipant[]): PreviousParticipant | null {
  return matchByEmail(previousParticipants, [current]).get(current.id) ?? null;
}

const isGiven = (answer: OwnPreviousAnswer) => answer.currentLevel !== null || answer.currentDontKnow || answer.targetLevel !== null || answer.targetDontKnow;

export function previousFindings(input: {
  roundName: string;
  dimensionIds: readonly string[];
  /** The matched participant's answers (empty for a newcomer). */
  ownResponses: readonly PreviousResponse[];
  official: ReadonlyMap<string, OfficialLevels>;
}): PreviousFindings {
  const ownByDimension = new Map(input.ownResponses.filter(isGiven).map((response) => [response.dimensionId, response]));
  const dimensions: Record<string, PreviousFinding> = {};
  for (const dimensionId of input.dimensionIds) {
    const response = ownByDimension.get(dimensionId);
    const levels = input.official.get(dimensionId);
    const official = levels && (levels.current !== null || levels.target !== null) ? levels : null;
    const own = response
      ? { currentLevel: response.currentLevel, currentDontKnow: response.currentDontKnow, targetLevel: response.targetLevel, targetDontKnow: response.targetDontKnow, comment: response.comment }
      : null;
    if (own || official) dimensions[dimensionId] = { own, official };
  }
  return { roundName: input.roundName, dimensions };
}
