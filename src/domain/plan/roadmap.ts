import { z } from "zod";

import type { Framework } from "../framework/framework-schema";
import { requiredTextField } from "../text-fields";

// The roadmap: actions that move one dimension to a level, owned by someone, due in a quarter,
// in a Now / Next / Later phase. Pure: validation, ordering, the timeline's grid and whether the
// dimension moved by the next round.

export const actionPhases = ["NOW", "NEXT", "LATER"] as const;
export type ActionPhase = (typeof actionPhases)[number];
export const phaseLabels: Record<ActionPhase, string> = { NOW: "Now", NEXT: "Next", LATER: "Later" };

export const actionStatuses = ["NOT_STARTED", "IN_PROGRESS", "DONE", "BLOCKED"] as const;
export type ActionStatus = (typeof actionStatuses)[number];
export const statusLabels: Record<ActionStatus, string> = { NOT_STARTED: "Not started", IN_PROGRESS: "In progress", DONE: "Done", BLOCKED: "Blocked" };

const QUARTER = /^(\d{4})-Q([1-4])$/;

/** "2027-Q1" → "Q1 2027". */
export function formatQuarter(quarter: string): string {
  const match = QUARTER.exec(quarter);
  return match ? `Q${match[2]} ${match[1]}` : quarter;
}

export function quarterOf(date: Date): string {
  return `${date.getUTCFullYear()}-Q${Math.floor(date.getUTCMonth() / 3) + 1}`;
}

/** The quarter `count` quarters after the given one. */
export function addQuarters(quarter: string, count: number): string {
  const match = QUARTER.exec(quarter);
  if (!match) throw new Error(`not a quarter: ${quarter}`);
  const index = Number(match[1]) * 4 + Number(match[2]) - 1 + count;
  return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
}

/** The choices a due-quarter field offers: this quarter and the next `count - 1`. */
export function quarterChoices(today: Date, count = 12): string[] {
  const first = quarterOf(today);
  return Array.from({ length: count }, (_, index) => addQuarters(first, index));
}

export type ActionInput = {
  title: string;
  dimensionId: string;
  targetLevel: number;
  owner: string;
  dueQuarter: string;
  status: ActionStatus;
  phase: ActionPhase;
};

/** What a roadmap action must be, on this framework's dimensions and scale. */
export function actionInput(framework: Framework) {
  const top = framework.levels.length;
  return z.object({
    title: requiredTextField("Action", 200),
    dimensionId: z.string().refine((id) => framework.dimensions.some((dimension) => dimension.id === id), "Choose one of the model's dimensions."),
    targetLevel: z.coerce
      .number({ error: "Choose the level this action aims for." })
      .int("Choose the level this action aims for.")
      .min(1, `Choose a level from 1 to ${top}.`)
      .max(top, `Choose a level from 1 to ${top}.`),
    owner: requiredTextField("Owner", 100),
    dueQuarter: z.string().regex(QUARTER, "Choose the quarter it is due (such as 2027-Q1)."),
    status: z.enum(actionStatuses, { error: "Choose a status." }),
    phase: z.enum(actionPhases, { error: "Choose Now, Next or Later." }),
  }) satisfies z.ZodType<ActionInput, unknown>;
}

type Ordered = { phase: ActionPhase; dueQuarter: string; createdAt: Date };

/** Now before Next before Later; within a phase, the earliest due first, then the oldest. */
export function compareActions(a: Ordered, b: Ordered): number {
  return actionPhases.indexOf(a.phase) - actionPhases.indexOf(b.phase) || a.dueQuarter.localeCompare(b.dueQuarter) || a.createdAt.getTime() - b.createdAt.getTime();
}

export type Timeline<T> = {
  /** Every quarter from the earliest due to the latest, so gaps in time show as empty columns. */
  quarters: string[];
  /** One lane per phase that has actions; cells[quarterIndex] holds that quarter's actions. */
  lanes: { phase: ActionPhase; cells: T[][] }[];
};

/** The roadmap laid out as phases (rows) across quarters (columns). */
export function buildTimeline<T extends Ordered>(actions: readonly T[]): Timeline<T> {
  if (actions.length === 0) return { quarters: [], lanes: [] };
  const sorted = [...actions].sort(compareActions);
  const dues = sorted.map((action) => action.dueQuarter).sort();
  const quarters = [dues[0]!];
  while (quarters.at(-1)! < dues.at(-1)! && quarters.length < 40) quarters.push(addQuarters(quarters.at(-1)!, 1));
  const lanes = actionPhases
    .map((phase) => ({
      phase,
      cells: quarters.map((quarter) => sorted.filter((action) => action.phase === phase && action.dueQuarter === quarter)),
    }))
    .filter((lane) => lane.cells.some((cell) => cell.length > 0));
  return { quarters, lanes };
}

export type Movement =
  | { state: "no-later-round" }
  | { state: "not-measured"; roundName: string }
  | { state: "up" | "down" | "same"; from: number; to: number; roundName: string; reachedTarget: boolean };

/**
 * Whether an action's dimension moved: its official level today in the round the action was planned
 * from, against the first later round that has one.
 */
export function movementOf(targetLevel: number, baseline: number | null, later: { roundName: string; level: number | null } | null): Movement {
  if (!later) return { state: "no-later-round" };
  if (baseline === null || later.level === null) return { state: "not-measured", roundName: later.roundName };
  const state = later.level > baseline ? "up" : later.level < baseline ? "down" : "same";
  return { state, from: baseline, to: later.level, roundName: later.roundName, reachedTarget: later.level >= targetLevel };
}

export function describeMovement(movement: Movement): string {
  switch (movement.state) {
    case "no-later-round":
      return "No later round yet";
    case "not-measured":
      return `No level in ${movement.roundName}`;
    default: {
      const verb = movement.state === "up" ? "Moved up" : movement.state === "down" ? "Moved down" : "Did not move";
      return `${verb}: ${movement.from} → ${movement.to} in ${movement.roundName}${movement.reachedTarget ? " (target reached)" : ""}`;
    }
  }
}
