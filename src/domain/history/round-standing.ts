import { isSameFramework } from "./published-figures";
import type { PublishedRound } from "./trend";

// One line per closed round for an organization's list of rounds: where it stood overall, and how
// far today's overall level moved since the closed round before it. Rounds on another framework or
// version are never compared (their levels mean other things), and a round whose overall level was
// withheld for privacy has no standing to show.

export type RoundStanding = {
  current: number | null;
  target: number | null;
  /** Today's overall level minus the previous comparable round's; null where there is none. */
  change: number | null;
  previousName: string | null;
};

const rounded = (value: number) => Math.round(value * 10) / 10;

/** By round id; `rounds` are an organization's closed rounds with their published figures, oldest first. */
export function roundStandings(rounds: readonly PublishedRound[]): Map<string, RoundStanding> {
  const standings = new Map<string, RoundStanding>();
  rounds.forEach((round, index) => {
    const previous = rounds
      .slice(0, index)
      .reverse()
      .find((earlier) => isSameFramework(earlier.figures, round.figures) && earlier.figures.overall.current !== null);
    const current = round.figures.overall.current;
    const change = previous && current !== null ? rounded(current - previous.figures.overall.current!) : null;
    standings.set(round.roundId, { current, target: round.figures.overall.target, change, previousName: change === null ? null : previous!.name });
  });
  return standings;
}
