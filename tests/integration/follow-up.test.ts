import { beforeAll, describe, expect, inject, it } from "vitest";

import { frameworkScale } from "@/domain/framework/framework-queries";
import { mpem } from "@/domain/frameworks/mpem";
import { startNextRound } from "@/server/next-round";
import { addParticipants, deleteParticipant } from "@/server/participants";
import { getPreviousFindings } from "@/server/previous-answers";
import { saveAnswer } from "@/server/questionnaire";
import { getReassessment, listReassessments } from "@/server/reassessment";
import { createRound, setRoundMinGroupSize, setRoundStatus } from "@/server/rounds";

import { addMember, createUser, type TestActor } from "../factories/accounts";
import { createDbClient } from "../factories/db-client";
import { answer } from "../factories/rounds";
import { createOrganization, createWorkspace } from "../factories/workspace";

const db = createDbClient(inject("databaseUrl"));

let slug: string;
let workspaceId: string;
let consultant: TestActor;
let outsider: TestActor;

beforeAll(async () => {
  const workspace = await createWorkspace(db, { slug: "follow-ws" });
  const other = await createWorkspace(db, { slug: "follow-other" });
  slug = workspace.slug;
  workspaceId = workspace.id;
  [consultant, outsider] = await Promise.all([createUser(db), createUser(db)]);
  await addMember(db, workspace.id, consultant.userId, "CONSULTANT");
  await addMember(db, other.id, outsider.userId, "OWNER");
});

/**
 * H1 2026, closed: Ana (extent 2→3), Bo (3→4), Cy (4→4) and Dee, who left before the next round
 * (4→5). Culture was answered by Ana and Bo only. The next round carries Ana and Bo over and adds
 * Eve, a newcomer.
 */
async function followUp(orgName: string, options: { minGroupSize?: number } = {}) {
  const organization = await createOrganization(db, workspaceId, { name: orgName });
  const previous = await createRound(consultant, slug, organization.id, { name: "H1 2026", opensOn: "", closesOn: "", groups: ["Marketing", "IT"] });
  if (options.minGroupSize) await setRoundMinGroupSize(consultant, slug, previous.id, String(options.minGroupSize));
  await setRoundStatus(consultant, slug, previous.id, "OPEN");
  const { links } = await addParticipants(consultant, slug, previous.id, { list: "Ana, ana@acme.test, Marketing\nBo, bo@acme.test, IT\nCy, , IT\nDee, dee@acme.test, Marketing" });
  const [ana, bo, cy, dee] = links as [(typeof links)[0], (typeof links)[0], (typeof links)[0], (typeof links)[0]];
  await saveAnswer(ana.token, answer("extent", 2, 3, 1, { comment: "Still manual" }));
  await saveAnswer(bo.token, answer("extent", 3, 4));
  await saveAnswer(cy.token, answer("extent", 4, 4));
  await saveAnswer(dee.token, answer("extent", 4, 5));
  await saveAnswer(ana.token, answer("culture", 1, 3));
  await saveAnswer(bo.token, answer("culture", null, 2));
  await setRoundStatus(consultant, slug, previous.id, "CLOSED");
  const people = await db.participant.findMany({ where: { roundId: previous.id, displayName: { in: ["Ana", "Bo"] } }, select: { id: true } });
  const next = await startNextRound(consultant, slug, previous.id, { name: "H2 2026", opensOn: "", closesOn: "", participantIds: people.map((person) => person.id) });
  // Eve's e-mail is typed in capitals: matching ignores case.
  const { links: added } = await addParticipants(consultant, slug, next.round.id, { list: "Eve, EVE@acme.test, IT\nAna Again, ANA@ACME.TEST, Marketing" , onDuplicate: "add" });
  const linkOf = (name: string) => [...next.links, ...added].find((link) => link.displayName === name)!.token;
  return { organization, previous, next: next.round, linkOf, old: { ana, dee } };
}

describe("what a follow-up round's questionnaire shows from last time", () => {
  it("shows a carried-over participant their own answers, matched by e-mail, and the round's median", async () => {
    const { linkOf } = await followUp("Findings Co");
    const findings = await getPreviousFindings(linkOf("Ana"));
    expect(findings?.roundName).toBe("H1 2026");
    expect(findings?.dimensions.extent).toEqual({
      own: { currentLevel: 2, currentDontKnow: false, targetLevel: 3, targetDontKnow: false, comment: "Still manual" },
      // Dee left before this round, but her answer still counts in the previous round's result.
      official: { current: 3.5, target: 4, source: "median" },
    });
    expect((await getPreviousFindings(linkOf("Bo")))?.dimensions.extent?.own).toMatchObject({ currentLevel: 3, targetLevel: 4 });
    // Matched whatever the case of the e-mail typed in the new round.
    expect((await getPreviousFindings(linkOf("Ana Again")))?.dimensions.extent?.own).toMatchObject({ currentLevel: 2 });
  });

  it("shows the workshop's agreed level where the previous round recorded one", async () => {
    const { previous, linkOf } = await followUp("Consensus Co");
    await db.consensus.create({
      data: { roundId: previous.id, levelCount: 5, dimensionId: "extent", currentLevel: 3, targetLevel: 5, rationale: "Agreed in the room", votingRound: 1, recordedById: consultant.userId, recordedByName: "C" },
    });
    expect((await getPreviousFindings(linkOf("Eve")))?.dimensions.extent?.official).toEqual({ current: 3, target: 5, source: "consensus" });
  });

  it("gives a newcomer the round's result and no one else's answers", async () => {
    const { linkOf } = await followUp("Newcomer Co");
    const findings = await getPreviousFindings(linkOf("Eve"));
    expect(findings?.dimensions.extent).toEqual({ own: null, official: { current: 3.5, target: 4, source: "median" } });
  });

  it("never shows a round figure the results would hide: culture had two answers, below the minimum of three", async () => {
    const { linkOf } = await followUp("Privacy Co");
    const ana = await getPreviousFindings(linkOf("Ana"));
    expect(ana?.dimensions.culture).toEqual({ own: expect.objectContaining({ currentLevel: 1, targetLevel: 3 }), official: null });
    expect((await getPreviousFindings(linkOf("Eve")))?.dimensions.culture).toBeUndefined();
  });

  it("follows the previous round's own privacy minimum, and shows no round figure at all when too few answered", async () => {
    const { linkOf } = await followUp("Strict Co", { minGroupSize: 5 });
    const findings = await getPreviousFindings(linkOf("Ana"));
    expect(findings?.dimensions.extent).toEqual({ own: expect.objectContaining({ currentLevel: 2 }), official: null });
    expect((await getPreviousFindings(linkOf("Eve")))?.dimensions).toEqual({});
  });

  it("shows nothing when the previous round is open again, uses another framework version, or the link is withdrawn or unknown", async () => {
    const { previous, linkOf, old } = await followUp("Nothing Co");
    await expect(getPreviousFindings("not-a-token")).resolves.toBeNull();
    await expect(getPreviousFindings(old.ana.token)).resolves.toBeNull(); // the closed round has no previous round
    await setRoundStatus(consultant, slug, previous.id, "OPEN");
    await expect(getPreviousFindings(linkOf("Ana"))).resolves.toBeNull();
    await setRoundStatus(consultant, slug, previous.id, "CLOSED");
    await expect(getPreviousFindings(linkOf("Ana"))).resolves.not.toBeNull();
    await db.participant.updateMany({ where: { displayName: "Bo", round: { name: "H2 2026", organizationId: previous.organization.id } }, data: { revokedAt: new Date() } });
    await expect(getPreviousFindings(linkOf("Bo"))).resolves.toBeNull();
    await db.round.update({ where: { id: previous.id }, data: { frameworkVersion: "0.9" } });
    await expect(getPreviousFindings(linkOf("Ana"))).resolves.toBeNull();
  });

  it("loses a participant's own answers once they are deleted from the previous round", async () => {
    const { previous, linkOf } = await followUp("Deleted Co");
    const ana = await db.participant.findFirstOrThrow({ where: { roundId: previous.id, displayName: "Ana" } });
    await deleteParticipant(consultant, slug, previous.id, ana.id);
    expect((await getPreviousFindings(linkOf("Ana")))?.dimensions.extent).toEqual({ own: null, official: { current: 4, target: 4, source: "median" } });
  });
});

describe("when the next re-assessment is due", () => {
  it("is six months after the latest round closed, not while the next round is under way, and only for the workspace's own organizations", async () => {
    const { organization, previous, next } = await followUp("Due Co");
    await db.round.update({ where: { id: previous.id }, data: { closedAt: new Date("2026-05-15T17:00:00Z") } });
    const waiting = await getReassessment(consultant, slug, organization.id, new Date("2026-11-26T12:00:00Z"));
    expect(waiting).toMatchObject({ state: null, inProgress: { id: next.id, name: "H2 2026", status: "DRAFT" }, latestClosed: { id: previous.id } });

    await db.round.delete({ where: { id: next.id } });
    expect(await getReassessment(consultant, slug, organization.id, new Date("2026-11-26T12:00:00Z"))).toMatchObject({
      state: { dueOn: "2026-11-15", daysLeft: -11, status: "overdue" },
      inProgress: null,
    });
    // An old draft created before the round that closed does not hide that it is overdue.
    await db.round.create({ data: { organizationId: organization.id, name: "Forgotten draft", frameworkId: "mpem", frameworkVersion: "1.0", ...frameworkScale(mpem), createdAt: new Date("2026-01-01T00:00:00Z") } });
    expect((await getReassessment(consultant, slug, organization.id, new Date("2026-11-26T12:00:00Z"))).state?.status).toBe("overdue");

    const all = await listReassessments(consultant, slug, new Date("2026-11-01T12:00:00Z"));
    expect(all.get(organization.id)?.state).toMatchObject({ status: "due-soon", daysLeft: 14 });
    const fresh = await createOrganization(db, workspaceId, { name: "Never assessed" });
    expect((await listReassessments(consultant, slug)).get(fresh.id)).toEqual({ state: null, latestClosed: null, inProgress: null });
    expect((await listReassessments(outsider, "follow-other")).has(organization.id)).toBe(false);
    expect(await getReassessment(outsider, "follow-other", organization.id)).toEqual({ state: null, latestClosed: null, inProgress: null });
  });
});
