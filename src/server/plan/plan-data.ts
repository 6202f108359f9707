import "server-only";

import type { Permission } from "@/domain/access/permissions";
import { defaultFramework } from "@/domain/frameworks";
import type { Framework } from "@/domain/framework/framework-schema";
import { buildPlanView, type PlanRound, type PlanView, type StoredAction, type StoredKpi } from "@/domain/plan/plan-view";
import type { RoundScores } from "@/domain/scoring/round-scoring";
import { requireWorkspacePermission, type WorkspaceAccess } from "@/server/access";
import type { Actor } from "@/server/auth/session";
import { getDb } from "@/server/db";
import { resolveFramework } from "@/server/frameworks";
import { NotFoundError } from "@/server/errors";
import { getRoundResults } from "@/server/results";

// Reads an organization's plan: which round it is based on, that round's scores (the same function
// as the results page, so the same numbers), the stored outcomes, order, actions and KPIs, and the
// official levels of the rounds the roadmap compares.

export type PlanOrganization = { id: string; name: string; archivedAt: Date | null };
export type OrganizationRound = PlanRound & { status: "DRAFT" | "OPEN" | "CLOSED"; frameworkId: string; frameworkVersion: string; closedAt: Date | null };

export type PlanPage = {
  access: WorkspaceAccess;
  organization: PlanOrganization;
  framework: Framework;
  /** Every round of the organization, oldest first (any framework). */
  rounds: OrganizationRound[];
  baseScores: RoundScores | null;
  view: PlanView;
};

export async function requireOrganization(actor: Actor | null, slug: string, organizationId: string, permission: Permission) {
  const access = await requireWorkspacePermission(actor, slug, permission);
  const organization = await getDb().organization.findFirst({
    where: { id: String(organizationId), workspaceId: access.workspace.id },
    select: { id: true, name: true, archivedAt: true },
  });
  if (!organization) throw new NotFoundError("organization");
  return { access, organization };
}

export async function listOrganizationRounds(organizationId: string): Promise<OrganizationRound[]> {
  return getDb().round.findMany({
    where: { organizationId },
    select: { id: true, name: true, status: true, frameworkId: true, frameworkVersion: true, createdAt: true, closedAt: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
}

/** The round a plan starts from: the one asked for, else the latest closed, else the latest. */
export function chooseBaseRound(rounds: readonly OrganizationRound[], requested?: string | null): OrganizationRound | null {
  const asked = requested ? rounds.find((round) => round.id === requested) : undefined;
  if (asked) return asked;
  return rounds.findLast((round) => round.status === "CLOSED") ?? rounds.at(-1) ?? null;
}

async function loadActions(organizationId: string, framework: Framework): Promise<StoredAction[]> {
  return getDb().roadmapAction.findMany({
    where: { organizationId, frameworkId: framework.id, frameworkVersion: framework.version },
    select: { id: true, title: true, dimensionId: true, targetLevel: true, owner: true, dueQuarter: true, status: true, phase: true, baselineRoundId: true, createdAt: true },
  });
}

async function loadKpis(organizationId: string): Promise<StoredKpi[]> {
  const kpis = await getDb().kpi.findMany({
    where: { organizationId },
    select: { id: true, name: true, catalogKey: true, unit: true, direction: true, values: { select: { roundId: true, value: true } } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  return kpis.map(({ values, ...kpi }) => ({ ...kpi, values: new Map(values.map((entry) => [entry.roundId, entry.value])) }));
}

/**
 * The plan for the organization's framework as of one round. `actor` must hold `permission` in the
 * workspace; the round's scores come through getRoundResults, which checks round.read again.
 */
export async function loadPlan(actor: Actor | null, slug: string, organizationId: string, options: { roundId?: string | null; permission?: Permission } = {}): Promise<PlanPage> {
  const { access, organization } = await requireOrganization(actor, slug, organizationId, options.permission ?? "organization.read");
  const db = getDb();
  const rounds = await listOrganizationRounds(organization.id);
  const baseRound = chooseBaseRound(rounds, options.roundId);
  const framework = baseRound ? await resolveFramework(access.workspace.id, baseRound.frameworkId, baseRound.frameworkVersion) : defaultFramework;
  const sameFramework = rounds.filter((round) => round.frameworkId === framework.id && round.frameworkVersion === framework.version);

  const [outcomeRows, order, actions, kpis] = await Promise.all([
    db.planOutcome.findMany({ where: { organizationId: organization.id, frameworkId: framework.id }, select: { outcomeId: true, weight: true } }),
    db.planPriorityOrder.findUnique({ where: { organizationId_frameworkId: { organizationId: organization.id, frameworkId: framework.id } }, select: { dimensionIds: true } }),
    loadActions(organization.id, framework),
    loadKpis(organization.id),
  ]);

  // Official levels of the rounds the roadmap compares: each action's baseline and the round after it.
  const needed = new Set<string>(baseRound ? [baseRound.id] : []);
  for (const action of actions) {
    const index = sameFramework.findIndex((round) => round.id === action.baselineRoundId);
    if (index >= 0) for (const round of sameFramework.slice(index, index + 2)) needed.add(round.id);
  }
  const scored = new Map<string, RoundScores>();
  for (const roundId of needed) scored.set(roundId, (await getRoundResults(actor, slug, roundId)).scores);
  const levelsByRound = new Map([...scored].map(([roundId, scores]) => [roundId, new Map(scores.dimensions.map((dimension) => [dimension.dimensionId, dimension.official.current]))]));

  const baseScores = baseRound ? (scored.get(baseRound.id) ?? null) : null;
  const view = buildPlanView({
    framework,
    rounds: sameFramework,
    baseRound,
    baseScores: baseScores && !baseScores.withheld ? baseScores : null,
    outcomeWeights: Object.fromEntries(outcomeRows.map((row) => [row.outcomeId, row.weight])),
    manualOrder: order?.dimensionIds ?? [],
    actions,
    kpis,
    levelsByRound,
  });
  return { access, organization, framework, rounds, baseScores, view };
}
