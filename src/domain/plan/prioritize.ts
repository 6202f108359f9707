import type { Framework } from "../framework/framework-schema";
import { formatLevel } from "../scoring/format";

// Which gaps to close first. Three inputs, each scaled to 0–1 on the framework's own scale:
//   gap          – needed − today (official levels: the consensus where recorded, else the median);
//   outcomes     – the share of the client's outcome weight that the dimension drives, from the
//                  framework's outcome map (MPEM Table 2);
//   disagreement – the spread of today's answers: a split room is a risk worth addressing early.
// The score is their weighted sum, on 0–100. A framework without an outcome map (or a client who
// has chosen no outcome) ranks by gap and disagreement alone. Pure: the page, the reports and the
// tests call the same function.

export const priorityWeights = { gap: 0.5, outcomes: 0.35, disagreement: 0.15 } as const;
export type PriorityWeights = { gap: number; outcomes: number; disagreement: number };

/** Outcome id → weight (1–5). An outcome that is absent is not targeted. */
export type OutcomeWeights = Readonly<Record<string, number>>;

export type PriorityInput = {
  dimensionId: string;
  current: number | null;
  target: number | null;
  source: "consensus" | "median";
  /** Highest − lowest of today's answers; null when withheld or unanswered. */
  spread: number | null;
};

export type DrivenOutcome = { outcomeId: string; name: string; weight: number; scenarios: readonly string[] };

export type PriorityRow = {
  dimensionId: string;
  name: string;
  current: number;
  target: number;
  source: "consensus" | "median";
  gap: number;
  spread: number | null;
  /** 0–1 inputs, as used in the score. */
  inputs: { gap: number; outcomes: number; disagreement: number };
  /** 0–100. */
  score: number;
  /** 1 = first by the computation, whatever the kept order says. */
  computedRank: number;
  drives: DrivenOutcome[];
  reason: string;
};

export type NotRanked = { dimensionId: string; name: string; why: "no gap" | "levels not known" };

export type Prioritization = {
  rows: PriorityRow[];
  notRanked: NotRanked[];
  /** Whether the framework has an outcome map at all (the TCS model has none). */
  hasOutcomeMap: boolean;
  /** The outcomes chosen, heaviest first, with the weights that were used. */
  chosenOutcomes: DrivenOutcome[];
  /** The component weights actually in use (outcomes is 0 when nothing can be driven). */
  weightsUsed: PriorityWeights;
  /** Whether the rows follow a kept manual order rather than the computed one. */
  manualOrder: boolean;
};

export const MIN_OUTCOME_WEIGHT = 1;
export const MAX_OUTCOME_WEIGHT = 5;

const round2 = (value: number) => Math.round(value * 100) / 100;
const clamp01 = (value: number) => Math.min(1, Math.max(0, value));

function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

/** A split room is worth a mention from half the scale up (answers 1 to 3 on a five-level scale). */
export function notableSpread(framework: Framework): number {
  return Math.max(1, Math.ceil((framework.levels.length - 1) / 2));
}

function reasonFor(framework: Framework, row: Pick<PriorityRow, "gap" | "spread" | "drives" | "source">): string {
  const levels = row.gap === 1 ? "level" : "levels";
  const parts = [`gap of ${formatLevel(row.gap)} ${levels}${row.source === "consensus" ? " (agreed in consensus)" : ""}`];
  if (row.drives.length > 0) parts.push(`drives ${joinNames(row.drives.map((outcome) => outcome.name))}`);
  if (row.spread !== null && row.spread >= notableSpread(framework)) parts.push(`answers today ${row.spread} levels apart`);
  return parts.join("; ");
}

function chosenOutcomesOf(framework: Framework, weights: OutcomeWeights): DrivenOutcome[] {
  return framework.outcomes
    .filter((outcome) => (weights[outcome.id] ?? 0) > 0)
    .map((outcome) => ({ outcomeId: outcome.id, name: outcome.name, weight: weights[outcome.id]!, scenarios: outcome.scenarios }))
    .sort((a, b) => b.weight - a.weight);
}

/**
 * Ranks the dimensions with a gap above zero. `manualOrder` (dimension ids) is the consultant's kept
 * order: listed dimensions come first in that order, the others follow in computed order.
 */
export function prioritize(
  framework: Framework,
  inputs: readonly PriorityInput[],
  outcomeWeights: OutcomeWeights,
  options: { manualOrder?: readonly string[]; weights?: PriorityWeights } = {},
): Prioritization {
  const weights = options.weights ?? priorityWeights;
  const scale = framework.levels.length - 1;
  const hasOutcomeMap = framework.outcomes.length > 0;
  const chosenOutcomes = chosenOutcomesOf(framework, outcomeWeights);
  const totalOutcomeWeight = chosenOutcomes.reduce((sum, outcome) => sum + outcome.weight, 0);
  const weightsUsed: PriorityWeights = { ...weights, outcomes: totalOutcomeWeight > 0 ? weights.outcomes : 0 };
  const weightSum = weightsUsed.gap + weightsUsed.outcomes + weightsUsed.disagreement;
  const byId = new Map(inputs.map((input) => [input.dimensionId, input]));
  const order = new Map(framework.dimensions.map((dimension, index) => [dimension.id, index]));

  const ranked: Omit<PriorityRow, "computedRank">[] = [];
  const notRanked: NotRanked[] = [];
  for (const dimension of framework.dimensions) {
    const input = byId.get(dimension.id);
    if (!input || input.current === null || input.target === null) {
      notRanked.push({ dimensionId: dimension.id, name: dimension.name, why: "levels not known" });
      continue;
    }
    const gap = round2(input.target - input.current);
    if (gap <= 0) {
      notRanked.push({ dimensionId: dimension.id, name: dimension.name, why: "no gap" });
      continue;
    }
    const drives = chosenOutcomes.filter((outcome) => framework.outcomes.find((entry) => entry.id === outcome.outcomeId)!.dimensionIds.includes(dimension.id));
    const scaled = {
      gap: round2(clamp01(gap / scale)),
      outcomes: totalOutcomeWeight > 0 ? round2(drives.reduce((sum, outcome) => sum + outcome.weight, 0) / totalOutcomeWeight) : 0,
      disagreement: round2(clamp01((input.spread ?? 0) / scale)),
    };
    const score = weightSum === 0 ? 0 : round2((100 * (weightsUsed.gap * scaled.gap + weightsUsed.outcomes * scaled.outcomes + weightsUsed.disagreement * scaled.disagreement)) / weightSum);
    const row = { dimensionId: dimension.id, name: dimension.name, current: input.current, target: input.target, source: input.source, gap, spread: input.spread, inputs: scaled, score, drives };
    ranked.push({ ...row, reason: reasonFor(framework, row) });
  }

  // Highest score first; ties go to the larger gap, then to the framework's own order.
  ranked.sort((a, b) => b.score - a.score || b.gap - a.gap || order.get(a.dimensionId)! - order.get(b.dimensionId)!);
  const computed: PriorityRow[] = ranked.map((row, index) => ({ ...row, computedRank: index + 1 }));
  const rows = applyManualOrder(computed, options.manualOrder ?? []);
  const manualOrder = rows.some((row, index) => row.dimensionId !== computed[index]!.dimensionId);
  return { rows, notRanked, hasOutcomeMap, chosenOutcomes, weightsUsed, manualOrder };
}

/** Kept order first (ids no longer ranked are skipped), then everything else in computed order. */
export function applyManualOrder<T extends { dimensionId: string }>(computed: readonly T[], manualOrder: readonly string[]): T[] {
  const position = new Map<string, number>();
  manualOrder.forEach((id, index) => {
    if (!position.has(id)) position.set(id, index);
  });
  const kept = computed.filter((row) => position.has(row.dimensionId)).sort((a, b) => position.get(a.dimensionId)! - position.get(b.dimensionId)!);
  return [...kept, ...computed.filter((row) => !position.has(row.dimensionId))];
}

/** Moves one id up or down in an order, for the keyboard alternative to dragging. */
export function moveInOrder(ids: readonly string[], id: string, direction: "up" | "down"): string[] {
  const index = ids.indexOf(id);
  const to = direction === "up" ? index - 1 : index + 1;
  if (index < 0 || to < 0 || to >= ids.length) return [...ids];
  const next = [...ids];
  [next[index], next[to]] = [next[to]!, next[index]!];
  return next;
}

/** "How this order is computed", in words, with the weights in use. */
export function priorityMethod(framework: Framework, prioritization: Pick<Prioritization, "hasOutcomeMap" | "chosenOutcomes" | "weightsUsed" | "manualOrder">): string[] {
  const scale = framework.levels.length - 1;
  const { weightsUsed: w } = prioritization;
  const lines = [
    `Only dimensions whose needed level is above today's are ranked. Levels are the official ones: the consensus where one was recorded, else the median of the answers.`,
    `Gap input = gap ÷ ${scale} (the widest gap the ${framework.levels.length}-level scale allows).`,
  ];
  if (!prioritization.hasOutcomeMap) {
    lines.push(`${framework.shortName} has no map from business outcomes to dimensions, so outcomes play no part: the order rests on gap and disagreement alone.`);
  } else if (prioritization.chosenOutcomes.length === 0) {
    lines.push("No target business outcome is chosen yet, so outcomes play no part until one is.");
  } else {
    const total = prioritization.chosenOutcomes.reduce((sum, outcome) => sum + outcome.weight, 0);
    lines.push(
      `Outcome input = the weights of the chosen outcomes the dimension drives ÷ the total weight of the chosen outcomes (${prioritization.chosenOutcomes.map((outcome) => `${outcome.name} ${outcome.weight}`).join(", ")}; total ${total}), from ${framework.shortName}'s outcome map.`,
    );
  }
  lines.push(`Disagreement input = the spread of today's answers (highest − lowest) ÷ ${scale}.`);
  const used = [`gap × ${w.gap}`, ...(w.outcomes > 0 ? [`outcomes × ${w.outcomes}`] : []), `disagreement × ${w.disagreement}`];
  lines.push(`Score = 100 × (${used.join(" + ")}) ÷ ${round2(w.gap + w.outcomes + w.disagreement)}. Highest score first; ties go to the larger gap, then to the model's own order.`);
  if (prioritization.manualOrder) lines.push("The list follows the order kept by hand; the computed rank is shown beside each row.");
  return lines;
}
