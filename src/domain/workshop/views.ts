import type { RoundStatus } from "../rounds/round-status";
import type { Reveal } from "./reveal";
import type { Phase, WorkshopMode } from "./workshop-machine";

// What the presenter and the attendees' phones are sent. Both are built on the server, and neither
// carries anyone's levels before the facilitator reveals them: until then there are only counts.

export type AgreedLevels = { currentLevel: number | null; targetLevel: number | null };

export type SharedView = {
  /** The last workshop event this view reflects; the server-sent event id. */
  eventId: string;
  roundStatus: RoundStatus;
  mode: WorkshopMode;
  joinOpen: boolean;
  currentDimensionId: string;
  position: { index: number; total: number };
  phase: Phase;
  votingRound: number;
  participants: number;
  voted: number;
  /** Only once revealed (or agreed). */
  reveal: Reveal | null;
  consensus: AgreedLevels | null;
};

export type FacilitatorView = SharedView & {
  joinCode: string;
  showWhoHasNotVoted: boolean;
  /** Names only, and only when the facilitator chose to show them. */
  notVoted: string[] | null;
  consensusDetails: { rationale: string; dissent: string | null; recordedByName: string; votingRound: number } | null;
  dimensions: { dimensionId: string; phase: Phase; votingRound: number }[];
};

export type AttendeeView = SharedView;

/** An attendee's own vote, which only they are sent back. */
export type OwnVote = {
  dimensionId: string;
  votingRound: number;
  currentLevel: number | null;
  currentDontKnow: boolean;
  targetLevel: number | null;
  targetDontKnow: boolean;
  comment: string | null;
};
