import type { Framework } from "../framework/framework-schema";
import { getLevelByRank } from "../framework/framework-queries";
import type { RoundScores } from "../scoring/round-scoring";
import { beforeAfter, type BeforeAfter, type KpiDirection } from "./kpis";
import { prioritize, priorityMethod, type OutcomeWeights, type PriorityInput, type Prioritization } from "./prioritize";
import { buildTimeline, compareActions, movementOf, type ActionPhase, type ActionStatus, type Movement, type Timeline } from "./roadmap";

// An organization's plan for one framework, as the plan page and every report format show it: the
// outcomes, the prioritized gaps of the round it is based on, the roadmap with whether each
// dimension moved since, and the KPIs with their values per round. Built once from plain data.

export type PlanRound = { id: string; name: string; createdAt: Date };

export type StoredAction = {
  id: string;
  title: string;
  dimensionId: string;
  targetLevel: number;
  owner: string;
  dueQuarter: string;
  status: ActionStatus;
  phase: ActionPhase;
  baselineRoundId: string | null;
  createdAt: Date;
};

export type StoredKpi = { id: string; name: string; catalogKey: string | null; unit: string; direction: KpiDirection; values: ReadonlyMap<string, number> };

/** Official levels today by round, then by dimension (null where the round has no level). */
export type LevelsByRound = ReadonlyMap<string, ReadonlyMap<string, number | null>>;

export type PlanAction = StoredAction & { dimensionName: string; targetLevelName: string; baselineRoundName: string | null; movement: Movement };
export type PlanKpi = StoredKpi & { baseline: number | null; comparisons: BeforeAfter[]; series: { roundId: string; roundName: string; value: number | null }[] };

export type PlanView = {
  baseRound: PlanRound | null;
  outcomes: { outcomeId: string; name: string; weight: number; scenarios: readonly string[]; dimensionNames: string[] }[];
  prioritization: Prioritization;
  method: string[];
  actions: PlanAction[];
  timeline: Timeline<PlanAction>;
  kpis: PlanKpi[];
};

/** What prioritization needs from a round's scores: official levels and today's spread. */
export function priorityInputs(scores: RoundScores): PriorityInput[] {
  return scores.dimensions.map((dimension) => ({
    dimensionId: dimension.dimensionId,
    current: dimension.official.current,
    target: dimension.official.target,
    source: dimension.official.source,
    spread: dimension.current.spread,
  }));
}

export type PlanViewInput = {
  framework: Framework;
  /** Rounds of the organization on this framework, oldest first. */
  rounds: readonly PlanRound[];
  baseRound: PlanRound | null;
  baseScores: RoundScores | null;
  outcomeWeights: OutcomeWeights;
  manualOrder: readonly string[];
  actions: readonly StoredAction[];
  kpis: readonly StoredKpi[];
  levelsByRound: LevelsByRound;
};

function laterLevel(input: PlanViewInput, action: StoredAction): { roundName: string; level: number | null } | null {
  const index = input.rounds.findIndex((round) => round.id === action.baselineRoundId);
  const next = index >= 0 ? input.rounds[index + 1] : undefined;
  if (!next) return null;
  return { roundName: next.name, level: input.levelsByRound.get(next.id)?.get(action.dimensionId) ?? null };
}

export function buildPlanView(input: PlanViewInput): PlanView {
  const { framework } = input;
  const dimensionName = new Map(framework.dimensions.map((dimension) => [dimension.id, dimension.name]));
  const roundName = new Map(input.rounds.map((round) => [round.id, round.name]));
  const prioritization = prioritize(framework, input.baseScores ? priorityInputs(input.baseScores) : [], input.outcomeWeights, { manualOrder: input.manualOrder });

  const actions = [...input.actions].sort(compareActions).map((action): PlanAction => {
    const baseline = action.baselineRoundId ? (input.levelsByRound.get(action.baselineRoundId)?.get(action.dimensionId) ?? null) : null;
    return {
      ...action,
      dimensionName: dimensionName.get(action.dimensionId) ?? action.dimensionId,
      targetLevelName: getLevelByRank(framework, action.targetLevel)?.name ?? String(action.targetLevel),
      baselineRoundName: action.baselineRoundId ? (roundName.get(action.baselineRoundId) ?? null) : null,
      movement: action.baselineRoundId ? movementOf(action.targetLevel, baseline, laterLevel(input, action)) : { state: "no-later-round" },
    };
  });

  const kpis = input.kpis.map((kpi): PlanKpi => ({
    ...kpi,
    baseline: input.baseRound ? (kpi.values.get(input.baseRound.id) ?? null) : null,
    comparisons: beforeAfter(kpi.direction, input.rounds, kpi.values),
    series: input.rounds.map((round) => ({ roundId: round.id, roundName: round.name, value: kpi.values.get(round.id) ?? null })),
  }));

  return {
    baseRound: input.baseRound,
    outcomes: framework.outcomes.map((outcome) => ({
      outcomeId: outcome.id,
      name: outcome.name,
      weight: input.outcomeWeights[outcome.id] ?? 0,
      scenarios: outcome.scenarios,
      dimensionNames: outcome.dimensionIds.map((id) => dimensionName.get(id) ?? id),
    })),
    prioritization,
    method: priorityMethod(framework, prioritization),
    actions,
    timeline: buildTimeline(actions),
    kpis,
  };
}
