import { beforeAll, describe, expect, inject, it } from "vitest";

import { mpem } from "@/domain/frameworks/mpem";
import type { OrganizationDocument } from "@/domain/transfer/organization-document";
import { ForbiddenError, NotFoundError, ValidationError } from "@/server/errors";
import { addAction, addKpi, recordKpiValue, setOutcomeWeights, setPriorityOrder } from "@/server/plan/plan-writes";
import { getRoundResults } from "@/server/results";
import { exportOrganization } from "@/server/transfer/export-organization";
import { importOrganization } from "@/server/transfer/import-organization";

import { addMember, createUser, type TestActor } from "../factories/accounts";
import { createDbClient } from "../factories/db-client";
import { everyDimension, storeAnswers } from "../factories/responses";
import { createRound } from "../factories/rounds";
import { createOrganization, createWorkspace } from "../factories/workspace";

const db = createDbClient(inject("databaseUrl"));
const dimensionIds = mpem.dimensions.map((dimension) => dimension.id);

let source: { slug: string; organizationId: string };
let target: { slug: string };
let consultant: TestActor;
let viewer: TestActor;
let otherConsultant: TestActor;

const withoutTime = (document: OrganizationDocument) => ({ ...document, exportedAt: "(any)" });

beforeAll(async () => {
  const workspace = await createWorkspace(db, { slug: "transfer-from" });
  const other = await createWorkspace(db, { slug: "transfer-to" });
  [consultant, viewer, otherConsultant] = await Promise.all([createUser(db), createUser(db), createUser(db)]);
  await addMember(db, workspace.id, consultant.userId, "CONSULTANT");
  await addMember(db, workspace.id, viewer.userId, "VIEWER");
  await addMember(db, other.id, otherConsultant.userId, "CONSULTANT");
  const organizationId = (await createOrganization(db, workspace.id, { name: "Globex", businessUnits: ["Retail", "Online"] })).id;
  source = { slug: workspace.slug, organizationId };
  target = { slug: other.slug };

  const first = await createRound(db, organizationId, { name: "H1 2026", status: "CLOSED" });
  const second = await createRound(db, organizationId, { name: "H2 2026", status: "OPEN" });
  await db.round.update({ where: { id: second.id }, data: { previousRoundId: first.id } });
  // Two participants with the same name and time, so only their answers tell them apart.
  const created = new Date("2026-03-01T09:00:00Z");
  for (const [group, level] of [["Marketing", 2], ["IT", 3], ["IT", 3], ["Leadership", 1]] as const) {
    const participant = await storeAnswers(db, first.id, everyDimension(dimensionIds, [level, 4]), { group, displayName: "Same Name", comments: { culture: `${group} comment =1+1` } });
    await db.participant.update({ where: { id: participant.id }, data: { createdAt: created, submittedAt: created } });
  }
  await db.consensus.create({
    data: { roundId: first.id, levelCount: 5, dimensionId: "culture", currentLevel: 2, targetLevel: 4, rationale: "Agreed after the workshop", dissent: "IT thinks 3", votingRound: 2, recordedById: consultant.userId, recordedByName: "C" },
  });
  const late = await storeAnswers(db, second.id, { extent: [null, 3] }, { group: null, displayName: "Late Person" });
  await db.participant.update({ where: { id: late.id }, data: { revokedAt: new Date() } });

  await setOutcomeWeights(consultant, source.slug, organizationId, first.id, { "widen-reach": "4" });
  await setPriorityOrder(consultant, source.slug, organizationId, first.id, ["culture", "extent"]);
  await addAction(consultant, source.slug, organizationId, first.id, { title: "Journey analytics", dimensionId: "measurement", targetLevel: "3", owner: "CMO", dueQuarter: "2027-Q1", status: "IN_PROGRESS", phase: "NEXT" });
  const kpi = await addKpi(consultant, source.slug, organizationId, first.id, { name: "Conversion rate", unit: "%", direction: "HIGHER_IS_BETTER", catalogKey: "conversion-rate" }, "2.1");
  await recordKpiValue(consultant, source.slug, organizationId, kpi.id, second.id, "2.6");
});

describe("organization export and import", () => {
  it("round trip: export → import into another workspace → export gives the same document", async () => {
    const { document } = await exportOrganization(consultant, source.slug, source.organizationId);
    expect(document.rounds.map((round) => [round.key, round.name, round.previousRoundKey])).toEqual([
      ["round-1", "H1 2026", null],
      ["round-2", "H2 2026", "round-1"],
    ]);
    expect(document.rounds[0]!.participants).toHaveLength(4);
    expect(document.rounds[0]!.consensus).toEqual([{ dimensionId: "culture", currentLevel: 2, targetLevel: 4, rationale: "Agreed after the workshop", dissent: "IT thinks 3" }]);
    expect(document.plan.kpis[0]!.values).toEqual([
      { roundKey: "round-1", value: 2.1 },
      { roundKey: "round-2", value: 2.6 },
    ]);

    // Through JSON text, as a file would travel.
    const imported = await importOrganization(otherConsultant, target.slug, JSON.parse(JSON.stringify(document)));
    const again = await exportOrganization(otherConsultant, target.slug, imported.id);
    expect(withoutTime(again.document)).toEqual(withoutTime(document));
    expect(JSON.stringify(withoutTime(again.document))).toBe(JSON.stringify(withoutTime(document)));

    // The imported round scores exactly as the original.
    const [originalRound, importedRound] = await Promise.all([
      db.round.findFirstOrThrow({ where: { organizationId: source.organizationId, name: "H1 2026" } }),
      db.round.findFirstOrThrow({ where: { organizationId: imported.id, name: "H1 2026" } }),
    ]);
    const [before, after] = await Promise.all([getRoundResults(consultant, source.slug, originalRound.id), getRoundResults(otherConsultant, target.slug, importedRound.id)]);
    expect(after.scores).toEqual(before.scores);
    expect(after.scores.dimensions.find((dimension) => dimension.dimensionId === "culture")!.official).toEqual({ current: 2, target: 4, source: "consensus" });
    const audit = await db.auditEvent.findFirst({ where: { action: "organization.imported", targetId: imported.id } });
    expect(audit?.details).toMatchObject({ name: "Globex", rounds: 2, participants: 5 });
  });

  it("imported participants get new link hashes, never the old ones", async () => {
    const imported = await db.organization.findFirstOrThrow({ where: { name: "Globex", workspace: { slug: target.slug } } });
    const [oldHashes, newHashes] = await Promise.all([
      db.participant.findMany({ where: { round: { organizationId: source.organizationId } }, select: { tokenHash: true } }),
      db.participant.findMany({ where: { round: { organizationId: imported.id } }, select: { tokenHash: true } }),
    ]);
    expect(newHashes).toHaveLength(5);
    expect(newHashes.filter((row) => oldHashes.some((old) => old.tokenHash === row.tokenHash))).toEqual([]);
  });

  it("refuses a second organization of the same name unless given another, and changes nothing", async () => {
    const { document } = await exportOrganization(consultant, source.slug, source.organizationId);
    await expect(importOrganization(otherConsultant, target.slug, document)).rejects.toMatchObject({ fieldErrors: { name: [expect.stringContaining("already has an organization named \"Globex\"")] } });
    const renamed = await importOrganization(otherConsultant, target.slug, document, { name: "Globex (copy)" });
    expect(renamed.name).toBe("Globex (copy)");
  });

  it("refuses a broken or foreign file with a message that says where, and writes nothing", async () => {
    const { document } = await exportOrganization(consultant, source.slug, source.organizationId);
    const count = await db.organization.count();
    await expect(importOrganization(otherConsultant, target.slug, { format: "something-else" })).rejects.toThrow("This is not an organization exported from MPEM Assessment");
    await expect(importOrganization(otherConsultant, target.slug, { ...document, version: 2 })).rejects.toThrow("This file is in version 2 of the export format; this app reads version 1.");
    const badLevel = structuredClone(document);
    badLevel.organization.name = "Broken";
    badLevel.rounds[0]!.participants[0]!.answers[0]!.currentLevel = 7;
    await expect(importOrganization(otherConsultant, target.slug, badLevel)).rejects.toThrow("level 7 is above the model's top level 5");
    const badKey = structuredClone(document);
    badKey.organization.name = "Broken";
    badKey.plan.actions[0]!.baselineRoundKey = "round-9";
    await expect(importOrganization(otherConsultant, target.slug, badKey)).rejects.toThrow('refers to a round "round-9" that is not in the file');
    const unknownModel = structuredClone(document);
    unknownModel.organization.name = "Broken";
    unknownModel.rounds[1]!.frameworkId = "made-up";
    await expect(importOrganization(otherConsultant, target.slug, unknownModel)).rejects.toBeInstanceOf(ValidationError);
    expect(await db.organization.count()).toBe(count);
  });

  it("exports only for consultants and owners of the workspace", async () => {
    await expect(exportOrganization(viewer, source.slug, source.organizationId)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(exportOrganization(otherConsultant, source.slug, source.organizationId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(exportOrganization(otherConsultant, target.slug, source.organizationId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(importOrganization(viewer, source.slug, {})).rejects.toBeInstanceOf(ForbiddenError);
  });
});
