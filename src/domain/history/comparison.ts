// What moved between two rounds of the same framework, and whether the previous round's needed level
// was reached ("planned versus actual"). Works on published figures, so the past never shifts.

export type LevelPair = { current: number | null; target: number | null };
export type FiguresByDimension = ReadonlyMap<string, LevelPair>;

export type Direction = "up" | "down" | "same";

export type DimensionChange = {
  dimensionId: string;
  then: LevelPair | null;
  now: LevelPair | null;
  /** now.current − then.current, when both are known. */
  currentChange: number | null;
  targetChange: number | null;
  direction: Direction | null;
  /** Did today's level reach what the previous round said was needed? Null when either is unknown. */
  targetReached: boolean | null;
};

function difference(now: number | null | undefined, then: number | null | undefined): number | null {
  return now == null || then == null ? null : Math.round((now - then) * 100) / 100;
}

export function directionOf(change: number | null): Direction | null {
  if (change === null) return null;
  return change > 0 ? "up" : change < 0 ? "down" : "same";
}

/** One row per dimension of the framework, in its order, whether or not either round answered it. */
export function compareRounds(dimensionIds: readonly string[], previous: FiguresByDimension, current: FiguresByDimension): DimensionChange[] {
  return dimensionIds.map((dimensionId) => {
    const then = previous.get(dimensionId) ?? null;
    const now = current.get(dimensionId) ?? null;
    const currentChange = difference(now?.current, then?.current);
    return {
      dimensionId,
      then,
      now,
      currentChange,
      targetChange: difference(now?.target, then?.target),
      direction: directionOf(currentChange),
      targetReached: then?.target == null || now?.current == null ? null : now.current >= then.target,
    };
  });
}

export type ComparisonSummary = { up: number; down: number; same: number; targetsReached: number; targetsSet: number };

/** "3 dimensions moved up, 1 down; 2 of 5 targets reached." */
export function summarizeChanges(changes: readonly DimensionChange[]): ComparisonSummary {
  return {
    up: changes.filter((change) => change.direction === "up").length,
    down: changes.filter((change) => change.direction === "down").length,
    same: changes.filter((change) => change.direction === "same").length,
    targetsReached: changes.filter((change) => change.targetReached === true).length,
    targetsSet: changes.filter((change) => change.targetReached !== null).length,
  };
}

/** Participants of a follow-up round matched to the previous round's by e-mail (case and spaces ignored). */
export function matchByEmail<P extends { id: string; email: string | null }>(previous: readonly P[], current: readonly P[]): Map<string, P> {
  const key = (email: string | null) => email?.trim().toLowerCase() || null;
  const previousByEmail = new Map<string, P>();
  for (const participant of previous) {
    const email = key(participant.email);
    if (email) previousByEmail.set(email, participant);
  }
  const matches = new Map<string, P>();
  for (const participant of current) {
    const email = key(participant.email);
    const earlier = email ? previousByEmail.get(email) : undefined;
    if (earlier) matches.set(participant.id, earlier);
  }
  return matches;
}

export type ComparisonView =
  | { comparable: false; previousName: string }
  | { comparable: true; previousName: string; currentName: string; rows: (DimensionChange & { name: string })[] };

type NamedFigures = { name: string; figures: { frameworkId: string; frameworkVersion: string; dimensions: readonly { dimensionId: string; current: number | null; target: number | null }[] } };

/** A round against its previous one, dimension by dimension in the framework's order; only on the same framework id and version. */
export function comparisonView(framework: { id: string; version: string; dimensions: readonly { id: string; name: string }[] }, current: NamedFigures, previous: NamedFigures): ComparisonView {
  const sameScale = (figures: NamedFigures["figures"]) => figures.frameworkId === framework.id && figures.frameworkVersion === framework.version;
  if (!sameScale(current.figures) || !sameScale(previous.figures)) return { comparable: false, previousName: previous.name };
  const levels = (figures: NamedFigures["figures"]): FiguresByDimension => new Map(figures.dimensions.map((entry) => [entry.dimensionId, { current: entry.current, target: entry.target }]));
  const names = new Map(framework.dimensions.map((dimension) => [dimension.id, dimension.name]));
  const changes = compareRounds(
    framework.dimensions.map((dimension) => dimension.id),
    levels(previous.figures),
    levels(current.figures),
  );
  return { comparable: true, previousName: previous.name, currentName: current.name, rows: changes.map((change) => ({ ...change, name: names.get(change.dimensionId)! })) };
}
