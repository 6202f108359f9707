import type { Framework } from "../framework/framework-schema";
import type { OrganizationDocument } from "./organization-document";

// What the schema cannot say about an organization document: that every key it refers to exists,
// that names are unique where the database requires it, and that every dimension, level and outcome
// fits the framework the record is on. Each problem names where it is, so the person importing can
// find it.

export type FrameworkLookup = (id: string, version: string) => Framework | undefined;

function duplicates(values: readonly string[]): string[] {
  return [...new Set(values.filter((value, index) => values.indexOf(value) !== index))];
}

export function checkOrganizationDocument(document: OrganizationDocument, findFramework: FrameworkLookup): string[] {
  const problems: string[] = [];
  const roundKeys = document.rounds.map((round) => round.key);
  for (const key of duplicates(roundKeys)) problems.push(`Round key "${key}" is used twice.`);
  for (const name of duplicates(document.rounds.map((round) => round.name))) problems.push(`Two rounds are named "${name}".`);

  for (const round of document.rounds) {
    const where = `Round "${round.name}"`;
    if (round.previousRoundKey !== null && !roundKeys.includes(round.previousRoundKey)) problems.push(`${where} follows a round "${round.previousRoundKey}" that is not in the file.`);
    const framework = findFramework(round.frameworkId, round.frameworkVersion);
    if (!framework) {
      problems.push(`${where} uses the model "${round.frameworkId}" version ${round.frameworkVersion}, which this workspace does not have.`);
      continue;
    }
    const top = framework.levels.length;
    const dimensionIds = new Set(framework.dimensions.map((dimension) => dimension.id));
    const checkLevel = (value: number | null, context: string) => {
      if (value !== null && value > top) problems.push(`${context}: level ${value} is above the model's top level ${top}.`);
    };
    for (const key of duplicates(round.participants.map((participant) => participant.key))) problems.push(`${where}: participant key "${key}" is used twice.`);
    for (const participant of round.participants) {
      for (const dimensionId of duplicates(participant.answers.map((answer) => answer.dimensionId))) problems.push(`${where}, ${participant.displayName}: two answers for "${dimensionId}".`);
      for (const answer of participant.answers) {
        const context = `${where}, ${participant.displayName}, ${answer.dimensionId}`;
        if (!dimensionIds.has(answer.dimensionId)) problems.push(`${context}: the model has no such dimension.`);
        checkLevel(answer.currentLevel, context);
        checkLevel(answer.targetLevel, context);
        if ((answer.currentLevel !== null && answer.currentDontKnow) || (answer.targetLevel !== null && answer.targetDontKnow)) problems.push(`${context}: a level and "don't know" at once.`);
      }
    }
    for (const entry of round.consensus) {
      const context = `${where}, consensus on ${entry.dimensionId}`;
      if (!dimensionIds.has(entry.dimensionId)) problems.push(`${context}: the model has no such dimension.`);
      checkLevel(entry.currentLevel, context);
      checkLevel(entry.targetLevel, context);
    }
    for (const dimensionId of duplicates(round.consensus.map((entry) => entry.dimensionId))) problems.push(`${where}: two consensus entries for "${dimensionId}".`);
  }

  const { plan } = document;
  const latestOf = (frameworkId: string) => document.rounds.filter((round) => round.frameworkId === frameworkId).map((round) => findFramework(round.frameworkId, round.frameworkVersion)).find(Boolean);
  for (const outcome of plan.outcomes) {
    const framework = latestOf(outcome.frameworkId);
    if (!framework?.outcomes.some((entry) => entry.id === outcome.outcomeId)) problems.push(`Target outcome "${outcome.outcomeId}" is not in the model "${outcome.frameworkId}" of any round.`);
  }
  for (const order of plan.priorityOrders) {
    const framework = latestOf(order.frameworkId);
    for (const dimensionId of order.dimensionIds) if (!framework?.dimensions.some((dimension) => dimension.id === dimensionId)) problems.push(`The kept priority order names "${dimensionId}", which is not in the model "${order.frameworkId}".`);
  }
  for (const action of plan.actions) {
    const context = `Roadmap action "${action.title}"`;
    const framework = findFramework(action.frameworkId, action.frameworkVersion);
    if (!framework) problems.push(`${context} uses the model "${action.frameworkId}" version ${action.frameworkVersion}, which this workspace does not have.`);
    else {
      if (!framework.dimensions.some((dimension) => dimension.id === action.dimensionId)) problems.push(`${context}: the model has no dimension "${action.dimensionId}".`);
      if (action.targetLevel > framework.levels.length) problems.push(`${context}: level ${action.targetLevel} is above the model's top level ${framework.levels.length}.`);
    }
    if (action.baselineRoundKey !== null && !roundKeys.includes(action.baselineRoundKey)) problems.push(`${context} refers to a round "${action.baselineRoundKey}" that is not in the file.`);
  }
  for (const name of duplicates(plan.kpis.map((kpi) => kpi.name))) problems.push(`Two KPIs are named "${name}".`);
  for (const kpi of plan.kpis) {
    for (const value of kpi.values) if (!roundKeys.includes(value.roundKey)) problems.push(`KPI "${kpi.name}" has a value for a round "${value.roundKey}" that is not in the file.`);
    for (const roundKey of duplicates(kpi.values.map((value) => value.roundKey))) problems.push(`KPI "${kpi.name}" has two values for round "${roundKey}".`);
  }
  return problems;
}
