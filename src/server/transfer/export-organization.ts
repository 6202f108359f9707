import "server-only";

import {
  canonicalSort,
  ORGANIZATION_DOCUMENT_FORMAT,
  ORGANIZATION_DOCUMENT_VERSION,
  type DocumentParticipant,
  type DocumentRound,
  type OrganizationDocument,
} from "@/domain/transfer/organization-document";
import type { Actor } from "@/server/auth/session";
import { getDb } from "@/server/db";
import { requireOrganization } from "@/server/plan/plan-data";

// Reads an organization into its JSON document (domain/transfer/organization-document.ts). Keys are
// given in the canonical order, so the same data always gives the same document.

const iso = (value: Date | null) => (value ? value.toISOString() : null);
const day = (value: Date | null) => (value ? value.toISOString().slice(0, 10) : null);

/** The consensus recorded in each round's workshop. */
async function readConsensus(roundIds: string[]): Promise<Map<string, DocumentRound["consensus"]>> {
  const byRound = new Map<string, DocumentRound["consensus"]>();
  const rows = await getDb().consensus.findMany({
    where: { roundId: { in: roundIds } },
    select: { roundId: true, dimensionId: true, currentLevel: true, targetLevel: true, rationale: true, dissent: true },
  });
  for (const { roundId, ...entry } of rows) byRound.set(roundId, [...(byRound.get(roundId) ?? []), entry]);
  return byRound;
}

export async function exportOrganization(actor: Actor | null, slug: string, organizationId: string, exportedAt = new Date()) {
  const { access, organization: found } = await requireOrganization(actor, slug, organizationId, "organization.export");
  const db = getDb();
  const organization = await db.organization.findUniqueOrThrow({ where: { id: found.id }, select: { name: true, industry: true, businessUnits: true, archivedAt: true } });
  const rounds = await db.round.findMany({
    where: { organizationId: found.id },
    select: {
      id: true,
      name: true,
      frameworkId: true,
      frameworkVersion: true,
      status: true,
      opensOn: true,
      closesOn: true,
      groups: true,
      minGroupSize: true,
      previousRoundId: true,
      createdAt: true,
      openedAt: true,
      closedAt: true,
      participants: {
        select: {
          displayName: true,
          email: true,
          group: true,
          revokedAt: true,
          createdAt: true,
          startedAt: true,
          submittedAt: true,
          responses: { select: { dimensionId: true, currentLevel: true, currentDontKnow: true, targetLevel: true, targetDontKnow: true, comment: true, evidenceUrl: true } },
        },
      },
    },
  });
  const orderedRounds = canonicalSort(rounds, (round) => round.createdAt.toISOString(), (round) => round.name);
  const keyOfRound = new Map(orderedRounds.map((round, index) => [round.id, `round-${index + 1}`]));
  const consensus = await readConsensus(rounds.map((round) => round.id));

  const documentRounds: DocumentRound[] = orderedRounds.map((round) => {
    const participants = round.participants.map(
      (participant): Omit<DocumentParticipant, "key"> => ({
        displayName: participant.displayName,
        email: participant.email,
        group: participant.group,
        withdrawn: participant.revokedAt !== null,
        createdAt: participant.createdAt.toISOString(),
        startedAt: iso(participant.startedAt),
        submittedAt: iso(participant.submittedAt),
        answers: canonicalSort(participant.responses, (answer) => answer.dimensionId),
      }),
    );
    return {
      key: keyOfRound.get(round.id)!,
      name: round.name,
      frameworkId: round.frameworkId,
      frameworkVersion: round.frameworkVersion,
      status: round.status,
      opensOn: day(round.opensOn),
      closesOn: day(round.closesOn),
      groups: round.groups,
      minGroupSize: round.minGroupSize,
      previousRoundKey: round.previousRoundId ? (keyOfRound.get(round.previousRoundId) ?? null) : null,
      createdAt: round.createdAt.toISOString(),
      openedAt: iso(round.openedAt),
      closedAt: iso(round.closedAt),
      participants: canonicalSort(participants, (participant) => participant.createdAt, (participant) => participant.displayName).map((participant, index) => ({ key: `participant-${index + 1}`, ...participant })),
      consensus: canonicalSort(consensus.get(round.id) ?? [], (entry) => entry.dimensionId),
    };
  });

  const [outcomes, orders, actions, kpis] = await Promise.all([
    db.planOutcome.findMany({ where: { organizationId: found.id }, select: { frameworkId: true, outcomeId: true, weight: true } }),
    db.planPriorityOrder.findMany({ where: { organizationId: found.id }, select: { frameworkId: true, dimensionIds: true } }),
    db.roadmapAction.findMany({
      where: { organizationId: found.id },
      select: { frameworkId: true, frameworkVersion: true, title: true, dimensionId: true, targetLevel: true, owner: true, dueQuarter: true, status: true, phase: true, baselineRoundId: true, createdAt: true },
    }),
    db.kpi.findMany({ where: { organizationId: found.id }, select: { name: true, catalogKey: true, unit: true, direction: true, createdAt: true, values: { select: { roundId: true, value: true } } } }),
  ]);

  const document: OrganizationDocument = {
    format: ORGANIZATION_DOCUMENT_FORMAT,
    version: ORGANIZATION_DOCUMENT_VERSION,
    exportedAt: exportedAt.toISOString(),
    organization: { name: organization.name, industry: organization.industry, businessUnits: organization.businessUnits, archived: organization.archivedAt !== null },
    rounds: documentRounds,
    plan: {
      outcomes: canonicalSort(outcomes, (outcome) => outcome.frameworkId, (outcome) => outcome.outcomeId),
      priorityOrders: canonicalSort(orders, (order) => order.frameworkId),
      actions: canonicalSort(
        actions.map(({ baselineRoundId, createdAt, ...action }) => ({ ...action, baselineRoundKey: baselineRoundId ? (keyOfRound.get(baselineRoundId) ?? null) : null, createdAt: createdAt.toISOString() })),
        (action) => action.createdAt,
        (action) => action.title,
      ),
      kpis: canonicalSort(
        kpis.map(({ values, createdAt, ...kpi }) => ({
          ...kpi,
          createdAt: createdAt.toISOString(),
          values: canonicalSort(
            values.map((value) => ({ roundKey: keyOfRound.get(value.roundId)!, value: value.value })),
            (value) => value.roundKey.padStart(20, "0"),
          ),
        })),
        (kpi) => kpi.name,
      ),
    },
  };
  return { document, workspaceId: access.workspace.id, organizationId: found.id, organizationName: organization.name };
}
