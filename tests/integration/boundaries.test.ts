import { beforeAll, describe, expect, inject, it } from "vitest";

import { assessBoundaries } from "@/domain/boundaries";
import { mpem } from "@/domain/frameworks/mpem";
import { getBoundariesReview, saveBoundariesReview } from "@/server/boundaries";
import { ForbiddenError, NotFoundError, ValidationError } from "@/server/errors";
import { deleteOrganization } from "@/server/organizations";

import { addMember, createUser, type TestActor } from "../factories/accounts";
import { createDbClient } from "../factories/db-client";
import { createOrganization, createWorkspace } from "../factories/workspace";

// An organization's boundaries review: consultants save it (each save a new row, audited with counts
// only), every member reads the latest, nobody outside the workspace sees it.

const db = createDbClient(inject("databaseUrl"));

let slug: string;
let workspaceId: string;
let organizationId: string;
let owner: TestActor;
let consultant: TestActor;
let viewer: TestActor;
let outsider: TestActor;

beforeAll(async () => {
  const workspace = await createWorkspace(db, { slug: "boundaries-ws" });
  const other = await createWorkspace(db, { slug: "boundaries-other" });
  [slug, workspaceId] = [workspace.slug, workspace.id];
  organizationId = (await createOrganization(db, workspace.id, { name: "Initech" })).id;
  [owner, consultant, viewer, outsider] = await Promise.all([createUser(db), createUser(db, { name: "Connie Consultant" }), createUser(db), createUser(db)]);
  await addMember(db, workspace.id, owner.userId, "OWNER");
  await addMember(db, workspace.id, consultant.userId, "CONSULTANT");
  await addMember(db, workspace.id, viewer.userId, "VIEWER");
  await addMember(db, other.id, outsider.userId, "OWNER");
});

const sin = (exposure: "no" | "partly" | "yes" | null, evidence = "") => ({ exposure, evidence, mitigation: "", owner: "" });

describe("boundaries reviews", () => {
  it("start empty, and are saved by consultants with who and when, audited by counts only", async () => {
    expect(await getBoundariesReview(viewer, slug, organizationId)).toBeNull();
    const saved = await saveBoundariesReview(consultant, slug, organizationId, {
      sins: { "digging-too-deep": sin("yes", "Retargeting with browsing data from partner sites"), overcrowding: sin("partly"), helicoptering: sin("no") },
      governance: { "values-limits": true, "strategy-goals": false },
    });
    expect(saved).toMatchObject({ reviewedByName: "Connie Consultant", review: { sins: { "digging-too-deep": { exposure: "yes" } } } });
    const read = await getBoundariesReview(viewer, slug, organizationId);
    expect(read?.review.sins["digging-too-deep"]?.evidence).toBe("Retargeting with browsing data from partner sites");
    const event = await db.auditEvent.findFirstOrThrow({ where: { workspaceId, action: "boundaries.reviewed" } });
    expect(event).toMatchObject({ actorUserId: consultant.userId, targetId: organizationId, details: { organization: "Initech", exposed: 1, partly: 1, "governance in place": "1 of 18" } });
    expect(JSON.stringify(event.details)).not.toContain("Retargeting");
  });

  it("feed the results' warning: a high personal-data level with an exposed sin", async () => {
    const { review } = (await getBoundariesReview(viewer, slug, organizationId))!;
    const { warnings } = assessBoundaries(mpem, { extent: 4, scope: 2 }, review);
    expect(warnings.map((warning) => warning.dimensionId)).toEqual(["extent"]);
    expect(warnings[0]!.message).toContain("Digging Too Deep and Overcrowding (partly) are marked as exposed");
  });

  it("keep every save; the latest is the review", async () => {
    await saveBoundariesReview(owner, slug, organizationId, { sins: { "digging-too-deep": sin("no") }, governance: {} });
    expect((await getBoundariesReview(viewer, slug, organizationId))?.review.sins["digging-too-deep"]?.exposure).toBe("no");
    expect(await db.boundariesReview.count({ where: { organizationId } })).toBe(2);
  });

  it("refuse bad input with field messages and change nothing", async () => {
    const before = await db.boundariesReview.count();
    const error = await saveBoundariesReview(consultant, slug, organizationId, {
      sins: { helicoptering: { exposure: "maybe", evidence: "x".repeat(2001), mitigation: "", owner: "ok" } },
      governance: {},
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fieldErrors).toEqual({
      "sins.helicoptering.exposure": ["Exposure must be no, partly or yes."],
      "sins.helicoptering.evidence": ["Evidence must be at most 2000 characters."],
    });
    await expect(saveBoundariesReview(consultant, slug, organizationId, { sins: { "eighth-sin": sin("yes") }, governance: {} })).rejects.toThrow(ValidationError);
    expect(await db.boundariesReview.count()).toBe(before);
  });

  it("are read-only for viewers and invisible outside the workspace", async () => {
    await expect(saveBoundariesReview(viewer, slug, organizationId, { sins: {}, governance: {} })).rejects.toThrow(ForbiddenError);
    await expect(saveBoundariesReview(outsider, slug, organizationId, { sins: {}, governance: {} })).rejects.toThrow(NotFoundError);
    await expect(getBoundariesReview(outsider, slug, organizationId)).rejects.toThrow(NotFoundError);
    await expect(getBoundariesReview(outsider, "boundaries-other", organizationId)).rejects.toThrow(NotFoundError);
  });

  it("go with their organization when it is deleted", async () => {
    const doomed = await createOrganization(db, workspaceId, { name: "Doomed" });
    await saveBoundariesReview(consultant, slug, doomed.id, { sins: {}, governance: {} });
    await deleteOrganization(owner, slug, doomed.id);
    expect(await db.boundariesReview.count({ where: { organizationId: doomed.id } })).toBe(0);
  });
});
