import { readFileSync } from "node:fs";
import path from "node:path";

import { beforeAll, describe, expect, inject, it } from "vitest";

import { mpem } from "@/domain/frameworks/mpem";
import { tcsDataMaturity } from "@/domain/frameworks/tcs-data-maturity";
import { ForbiddenError, NotFoundError, ValidationError } from "@/server/errors";
import { FrameworkFileInvalid, importFramework } from "@/server/framework-import";
import { getImportedFramework, listFrameworks, resolveFramework, UnknownFrameworkError } from "@/server/frameworks";
import { openQuestionnaire, saveAnswer } from "@/server/questionnaire";
import { getRoundResults } from "@/server/results";
import { createRound, setRoundStatus } from "@/server/rounds";

import { addMember, createUser, type TestActor } from "../factories/accounts";
import { createDbClient } from "../factories/db-client";
import { answer, createParticipant } from "../factories/rounds";
import { createOrganization, createWorkspace } from "../factories/workspace";

// Frameworks by id and version: built-in, or imported by the round's own workspace; versions are
// added, never changed, so a round keeps the model it ran on.

const db = createDbClient(inject("databaseUrl"));
const acmeFile = readFileSync(path.join(import.meta.dirname, "../fixtures/frameworks/acme-customer-data.yaml"), "utf8");
const acmeNext = acmeFile.replace('version: "2.1"', 'version: "2.2"').replace("Consent is assumed.", "Nobody asks for consent.");

let workspaceId: string;
let slug: string;
let organizationId: string;
let otherWorkspaceId: string;
let consultant: TestActor;
let viewer: TestActor;
let outsider: TestActor;

beforeAll(async () => {
  const workspace = await createWorkspace(db, { slug: "frameworks-ws" });
  const other = await createWorkspace(db, { slug: "frameworks-other" });
  [workspaceId, slug, otherWorkspaceId] = [workspace.id, workspace.slug, other.id];
  organizationId = (await createOrganization(db, workspace.id, { name: "Acme Retail" })).id;
  [consultant, viewer, outsider] = await Promise.all([createUser(db, { name: "Connie Consultant" }), createUser(db), createUser(db)]);
  await addMember(db, workspace.id, consultant.userId, "CONSULTANT");
  await addMember(db, workspace.id, viewer.userId, "VIEWER");
  await addMember(db, other.id, outsider.userId, "CONSULTANT");
});

describe("resolving a round's framework", () => {
  it("finds the built-in frameworks by id and version", async () => {
    expect(await resolveFramework(workspaceId, "mpem", "1.0")).toBe(mpem);
    expect(await resolveFramework(workspaceId, "tcs-data-maturity", "1.0")).toBe(tcsDataMaturity);
  });

  it("treats an unknown id or version as an error, never as MPEM", async () => {
    await expect(resolveFramework(workspaceId, "nope", "1.0")).rejects.toThrow(UnknownFrameworkError);
    await expect(resolveFramework(workspaceId, "mpem", "2.0")).rejects.toThrow('No framework "mpem" version 2.0 is known to this app.');
  });
});

describe("importing a workspace's own model", () => {
  it("stores a valid file as a version, audited, and resolves it only in its own workspace", async () => {
    await expect(importFramework(consultant, slug, acmeFile)).resolves.toMatchObject({ status: "imported", framework: { id: "acme-customer-data", version: "2.1" } });
    const stored = await db.importedFramework.findMany({ where: { workspaceId } });
    expect(stored).toMatchObject([{ frameworkId: "acme-customer-data", version: "2.1", name: "Acme Customer Data Model", importedById: consultant.userId, importedByName: "Connie Consultant" }]);
    expect(await db.auditEvent.findFirst({ where: { workspaceId, action: "framework.imported" } })).toMatchObject({
      actorUserId: consultant.userId,
      details: { framework: "acme-customer-data", version: "2.1", name: "Acme Customer Data Model" },
    });
    expect((await resolveFramework(workspaceId, "acme-customer-data", "2.1")).levels.map((level) => level.name)).toEqual(["Ad hoc", "Repeatable", "Managed", "Optimized"]);
    await expect(resolveFramework(otherWorkspaceId, "acme-customer-data", "2.1")).rejects.toThrow(UnknownFrameworkError);
  });

  it("changes nothing when the same file is imported again", async () => {
    await expect(importFramework(consultant, slug, acmeFile)).resolves.toMatchObject({ status: "unchanged" });
    expect(await db.importedFramework.count({ where: { workspaceId } })).toBe(1);
  });

  it("refuses the same id and version with different content, and keeps the stored version", async () => {
    const changed = acmeFile.replace("Consent is assumed.", "Consent is rarely asked for.");
    const error = await importFramework(consultant, slug, changed).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).message).toBe(
      'Version 2.1 of "acme-customer-data" is already imported with different content. An imported version never changes (rounds may have run on it): give this file a new version.',
    );
    expect((await resolveFramework(workspaceId, "acme-customer-data", "2.1")).dimensions[1]!.descriptors["ad-hoc"]).toBe("Consent is assumed.");
  });

  it("refuses a built-in framework's id", async () => {
    const asMpem = acmeFile.replace("id: acme-customer-data", "id: mpem");
    await expect(importFramework(consultant, slug, asMpem)).rejects.toThrow('"mpem" is the id of a built-in framework (Mindtree Personalization Effectiveness Model). Give your model an id of its own.');
  });

  it("refuses a file with mistakes, naming each line, and stores nothing", async () => {
    const broken = acmeFile.replace("      managed: Duplicates are merged weekly and gaps are tracked.\n", "");
    const error = await importFramework(consultant, slug, broken.replace('version: "2.1"', 'version: "3.0"')).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(FrameworkFileInvalid);
    expect((error as FrameworkFileInvalid).fieldErrors.file).toEqual(['Line 49, column 7: dimensions[0].descriptors: dimension "data-quality" has no descriptor for level "managed"']);
    expect(await db.importedFramework.count({ where: { workspaceId } })).toBe(1);
  });

  it("is for consultants and owners: viewers are refused, other workspaces see nothing", async () => {
    await expect(importFramework(viewer, slug, acmeNext)).rejects.toThrow(ForbiddenError);
    await expect(importFramework(outsider, slug, acmeNext)).rejects.toThrow(NotFoundError);
    await expect(getImportedFramework(outsider, slug, "acme-customer-data")).rejects.toThrow(NotFoundError);
    await expect(getImportedFramework(viewer, slug, "acme-customer-data")).resolves.toMatchObject({ current: { framework: { version: "2.1" } } });
  });
});

describe("rounds on an imported model", () => {
  it("keep the version they ran on when a new version is imported", async () => {
    const round = await createRound(consultant, slug, organizationId, { name: "Acme H1", opensOn: "", closesOn: "", groups: [], framework: "acme-customer-data@2.1" });
    expect(round).toMatchObject({ frameworkId: "acme-customer-data", frameworkVersion: "2.1" });
    expect(await db.round.findUniqueOrThrow({ where: { id: round.id }, select: { levelCount: true, dimensionIds: true } })).toEqual({
      levelCount: 4,
      dimensionIds: ["data-quality", "consent", "targeting"],
    });
    await setRoundStatus(consultant, slug, round.id, "OPEN");
    const { token } = await createParticipant(db, round.id);
    await saveAnswer(token, answer("consent", 1, 4));
    await expect(saveAnswer(token, answer("consent", 1, 5, 2))).rejects.toThrow("Level 5 is not on this framework's scale of 1–4.");

    await expect(importFramework(consultant, slug, acmeNext)).resolves.toMatchObject({ status: "imported", framework: { version: "2.2" } });
    const results = await getRoundResults(viewer, slug, round.id);
    expect(results.framework.version).toBe("2.1");
    expect(results.framework.dimensions[1]!.descriptors["ad-hoc"]).toBe("Consent is assumed.");
    expect((await openQuestionnaire(token)).framework.version).toBe("2.1");

    const { imported } = await listFrameworks(viewer, slug);
    expect(imported.map((versions) => versions.map((entry) => entry.framework.version))).toEqual([["2.2", "2.1"]]);
    await expect(getImportedFramework(viewer, slug, "acme-customer-data")).resolves.toMatchObject({ current: { framework: { version: "2.2" } } });
    await expect(getImportedFramework(viewer, slug, "acme-customer-data", "2.1")).resolves.toMatchObject({ current: { framework: { version: "2.1" } } });
  });

  it("are created on a chosen built-in framework, or MPEM when none is chosen", async () => {
    const tcs = await createRound(consultant, slug, organizationId, { name: "TCS H1", opensOn: "", closesOn: "", groups: [], framework: "tcs-data-maturity@1.0" });
    expect(tcs).toMatchObject({ frameworkId: "tcs-data-maturity", frameworkVersion: "1.0" });
    const plain = await createRound(consultant, slug, organizationId, { name: "Default H1", opensOn: "", closesOn: "", groups: [] });
    expect(plain).toMatchObject({ frameworkId: "mpem", frameworkVersion: "1.0" });
  });

  it("refuse an unknown framework, or another workspace's, instead of falling back", async () => {
    const outsiders = await createOrganization(db, otherWorkspaceId, { name: "Elsewhere" });
    for (const framework of ["nope@1.0", "mpem@9.9", "acme-customer-data@7", "not a choice"]) {
      await expect(createRound(consultant, slug, organizationId, { name: `Bad ${framework}`, opensOn: "", closesOn: "", groups: [], framework })).rejects.toMatchObject({
        fieldErrors: { framework: ["Choose a framework from the list."] },
      });
    }
    await expect(
      createRound(outsider, "frameworks-other", outsiders.id, { name: "Borrowed", opensOn: "", closesOn: "", groups: [], framework: "acme-customer-data@2.1" }),
    ).rejects.toMatchObject({ fieldErrors: { framework: ["Choose a framework from the list."] } });
    expect(await db.round.count({ where: { name: { startsWith: "Bad" } } })).toBe(0);
  });
});
