import "server-only";

import { createHash, randomBytes } from "node:crypto";

import { z } from "zod";

import { frameworkScale } from "@/domain/framework/framework-queries";
import type { Framework } from "@/domain/framework/framework-schema";
import { checkOrganizationDocument, type FrameworkLookup } from "@/domain/transfer/document-checks";
import { ORGANIZATION_DOCUMENT_FORMAT, ORGANIZATION_DOCUMENT_VERSION, organizationDocumentSchema, type OrganizationDocument } from "@/domain/transfer/organization-document";
import { requiredTextField } from "@/domain/text-fields";
import { requireWorkspacePermission } from "@/server/access";
import { recordAuditEvent } from "@/server/audit";
import type { Actor } from "@/server/auth/session";
import { getDb } from "@/server/db";
import { ValidationError } from "@/server/errors";
import { resolveFramework, UnknownFrameworkError } from "@/server/frameworks";

// Creates an organization in the caller's workspace from an exported document, in one transaction:
// all of it or nothing. Participants get new link tokens that nobody holds (the old workspace's links
// stay its own), so the consultant issues new links where the round is to go on.

const MAX_PROBLEMS_SHOWN = 8;

function describeSchemaErrors(error: z.ZodError): string[] {
  return error.issues.slice(0, MAX_PROBLEMS_SHOWN).map((issue) => `${issue.path.length ? `${issue.path.join(".")}: ` : ""}${issue.message}`);
}

const NOT_AN_EXPORT = "This is not an organization exported from MPEM Assessment: choose the .json file its organization page exports.";

/** The frameworks the document's rounds and actions name, as this workspace knows them (built-in or its own imports). */
async function frameworksFor(document: OrganizationDocument, workspaceId: string): Promise<FrameworkLookup> {
  const refs = [...document.rounds, ...document.plan.actions].map((entry) => [entry.frameworkId, entry.frameworkVersion] as const);
  const known = new Map<string, Framework>();
  for (const [id, version] of refs) {
    const key = `${id}@${version}`;
    if (known.has(key)) continue;
    try {
      known.set(key, await resolveFramework(workspaceId, id, version));
    } catch (error) {
      if (!(error instanceof UnknownFrameworkError)) throw error;
    }
  }
  return (id, version) => known.get(`${id}@${version}`);
}

export async function parseOrganizationDocument(input: unknown, workspaceId: string): Promise<{ document: OrganizationDocument; findFramework: FrameworkLookup }> {
  // A foreign file gets one sentence, not a list of every field it lacks.
  const format = typeof input === "object" && input !== null ? (input as { format?: unknown }).format : undefined;
  if (format !== ORGANIZATION_DOCUMENT_FORMAT) throw new ValidationError(NOT_AN_EXPORT, { document: [NOT_AN_EXPORT] });
  const version = (input as { version?: unknown }).version;
  if (version !== ORGANIZATION_DOCUMENT_VERSION) {
    const message = `This file is in version ${String(version)} of the export format; this app reads version ${ORGANIZATION_DOCUMENT_VERSION}.`;
    throw new ValidationError(message, { document: [message] });
  }
  const parsed = organizationDocumentSchema.safeParse(input);
  if (!parsed.success) {
    const problems = describeSchemaErrors(parsed.error);
    throw new ValidationError(`This file cannot be imported: ${problems.join(" ")}`, { document: problems });
  }
  // A model the workspace imported itself counts; one only the exporting workspace had does not.
  const findFramework = await frameworksFor(parsed.data, workspaceId);
  const problems = checkOrganizationDocument(parsed.data, findFramework);
  if (problems.length > 0) throw new ValidationError(`This file cannot be imported: ${problems.slice(0, MAX_PROBLEMS_SHOWN).join(" ")}`, { document: problems.slice(0, MAX_PROBLEMS_SHOWN) });
  return { document: parsed.data, findFramework };
}

const newTokenHash = () => createHash("sha256").update(randomBytes(32).toString("base64url")).digest("hex");
const dateOrNull = (value: string | null) => (value ? new Date(value) : null);
const dayOrNull = (value: string | null) => (value ? new Date(`${value}T00:00:00Z`) : null);

export async function importOrganization(actor: Actor | null, slug: string, input: unknown, options: { name?: string } = {}) {
  const access = await requireWorkspacePermission(actor, slug, "organization.create");
  const { document, findFramework } = await parseOrganizationDocument(input, access.workspace.id);
  const name = options.name?.trim() ? requiredTextField("Name", 120).parse(options.name) : document.organization.name;
  const db = getDb();
  if (await db.organization.findFirst({ where: { workspaceId: access.workspace.id, name }, select: { id: true } })) {
    throw new ValidationError("Check the highlighted fields.", { name: [`This workspace already has an organization named "${name}". Give the imported one another name.`] });
  }
  const participantCount = document.rounds.reduce((sum, round) => sum + round.participants.length, 0);

  return db.$transaction(
    async (tx) => {
      const organization = await tx.organization.create({
        data: { workspaceId: access.workspace.id, name, industry: document.organization.industry, businessUnits: document.organization.businessUnits, archivedAt: document.organization.archived ? new Date() : null },
        select: { id: true, name: true },
      });
      const roundIds = new Map<string, string>();
      for (const round of document.rounds) {
        // Checked above: every round's framework is known here.
        const scale = frameworkScale(findFramework(round.frameworkId, round.frameworkVersion)!);
        const created = await tx.round.create({
          data: {
            organizationId: organization.id,
            name: round.name,
            frameworkId: round.frameworkId,
            frameworkVersion: round.frameworkVersion,
            ...scale,
            status: round.status,
            opensOn: dayOrNull(round.opensOn),
            closesOn: dayOrNull(round.closesOn),
            groups: round.groups,
            minGroupSize: round.minGroupSize,
            createdAt: new Date(round.createdAt),
            openedAt: dateOrNull(round.openedAt),
            closedAt: dateOrNull(round.closedAt),
          },
          select: { id: true },
        });
        roundIds.set(round.key, created.id);
        for (const participant of round.participants) {
          const { id: participantId } = await tx.participant.create({
            data: {
              roundId: created.id,
              displayName: participant.displayName,
              email: participant.email,
              group: participant.group,
              tokenHash: newTokenHash(),
              revokedAt: participant.withdrawn ? new Date() : null,
              createdAt: new Date(participant.createdAt),
              startedAt: dateOrNull(participant.startedAt),
              submittedAt: dateOrNull(participant.submittedAt),
            },
            select: { id: true },
          });
          await tx.response.createMany({ data: participant.answers.map((answer) => ({ ...answer, participantId, roundId: created.id, levelCount: scale.levelCount, revision: 1 })) });
        }
        if (round.consensus.length > 0) await writeConsensus(tx, created.id, scale.levelCount, round.consensus, actor);
      }
      for (const round of document.rounds) {
        if (round.previousRoundKey) await tx.round.update({ where: { id: roundIds.get(round.key)! }, data: { previousRoundId: roundIds.get(round.previousRoundKey)! } });
      }
      const { plan } = document;
      await tx.planOutcome.createMany({ data: plan.outcomes.map((outcome) => ({ ...outcome, organizationId: organization.id })) });
      await tx.planPriorityOrder.createMany({ data: plan.priorityOrders.map((order) => ({ ...order, organizationId: organization.id })) });
      await tx.roadmapAction.createMany({
        data: plan.actions.map(({ baselineRoundKey, createdAt, ...action }) => ({ ...action, organizationId: organization.id, baselineRoundId: baselineRoundKey ? roundIds.get(baselineRoundKey)! : null, createdAt: new Date(createdAt) })),
      });
      for (const { values, createdAt, ...kpi } of plan.kpis) {
        const created = await tx.kpi.create({ data: { ...kpi, organizationId: organization.id, createdAt: new Date(createdAt) }, select: { id: true } });
        await tx.kpiValue.createMany({ data: values.map((value) => ({ kpiId: created.id, roundId: roundIds.get(value.roundKey)!, value: value.value })) });
      }
      await recordAuditEvent(tx, {
        action: "organization.imported",
        workspaceId: access.workspace.id,
        actor,
        targetType: "organization",
        targetId: organization.id,
        details: { name, rounds: document.rounds.length, participants: participantCount, exportedAt: document.exportedAt },
      });
      return organization;
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}

type Transaction = Parameters<Parameters<ReturnType<typeof getDb>["$transaction"]>[0]>[0];

/** Consensus as recorded in the source workspace; who recorded it there is not carried, so the import says it came from a file. */
async function writeConsensus(tx: Transaction, roundId: string, levelCount: number, entries: OrganizationDocument["rounds"][number]["consensus"], actor: Actor | null) {
  await tx.consensus.createMany({ data: entries.map((entry) => ({ ...entry, roundId, levelCount, votingRound: 1, recordedById: actor?.userId ?? "", recordedByName: "Imported from an organization file" })) });
}
