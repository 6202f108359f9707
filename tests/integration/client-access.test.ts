import { createHash } from "node:crypto";

import { beforeAll, describe, expect, inject, it } from "vitest";

import { findClientHome } from "@/server/access";
import { inviteClientExecutive, listClientAccess, removeClientExecutive, withdrawClientInvitation } from "@/server/client-access";
import { ForbiddenError, NotFoundError, ValidationError } from "@/server/errors";
import { getExecutiveView, getSharedExecutiveView } from "@/server/executive";
import { getOrganizationHistory, getPortfolio, getPublishedRound } from "@/server/history";
import { acceptInvitation, changeMemberRole, listMembers } from "@/server/members";
import { createOrganization as createOrganizationAsMember, getOrganization, listOrganizations, updateOrganization } from "@/server/organizations";
import { listParticipants } from "@/server/participants";
import { getRoundResults } from "@/server/results";
import { getRound, listRounds, setRoundStatus } from "@/server/rounds";
import { createShareLink, listShareLinks, openShareLink, revokeShareLink, shareLinkLimits } from "@/server/share-links";
import { getWorkspace } from "@/server/workspaces";

import { addMember, createUser, type TestActor } from "../factories/accounts";
import { createDbClient } from "../factories/db-client";
import { addAnsweredPeople, createRound } from "../factories/rounds";
import { createOrganization, createWorkspace } from "../factories/workspace";

// Client executives (a membership scoped to one organization) and share links reach exactly one
// organization's executive view, never another organization's anything, and can change nothing.

const db = createDbClient(inject("databaseUrl"));
const sha256 = (token: string) => createHash("sha256").update(token).digest("hex");
let addressCounter = 0;
const freshAddress = () => `198.51.100.${++addressCounter}`;

let slug: string;
let workspaceId: string;
let consultant: TestActor;
let viewer: TestActor;
let client: TestActor;
let acme: { id: string };
let globex: { id: string };
let acmeRound: { id: string };
let globexRound: { id: string };
let foreignOrganization: { id: string };

beforeAll(async () => {
  const workspace = await createWorkspace(db, { slug: "client-ws" });
  const other = await createWorkspace(db, { slug: "client-other" });
  slug = workspace.slug;
  workspaceId = workspace.id;
  acme = await createOrganization(db, workspace.id, { name: "Acme Shared" });
  globex = await createOrganization(db, workspace.id, { name: "Globex Private" });
  foreignOrganization = await createOrganization(db, other.id, { name: "Elsewhere Ltd" });
  [consultant, viewer, client] = await Promise.all([createUser(db), createUser(db), createUser(db)]);
  await addMember(db, workspace.id, consultant.userId, "CONSULTANT");
  await addMember(db, workspace.id, viewer.userId, "VIEWER");
  await addMember(db, workspace.id, client.userId, "CLIENT", acme.id);
  for (const [organization, assign] of [
    [acme, (round: { id: string }) => (acmeRound = round)],
    [globex, (round: { id: string }) => (globexRound = round)],
  ] as const) {
    const round = await createRound(db, organization.id, { groups: ["IT", "Legal"] });
    // Legal (1 person) is below the minimum of 3 and must never appear on its own to any reader.
    await addAnsweredPeople(db, round.id, [
      { group: "IT", today: 2, needed: 4 },
      { group: "IT", today: 3, needed: 4 },
      { group: "IT", today: 3, needed: 5 },
      { group: "Legal", today: 1, needed: 2 },
    ]);
    await setRoundStatus(consultant, slug, round.id, "CLOSED");
    assign(round);
  }
});

describe("a client executive scoped to one organization", () => {
  it("reads their organization's executive view, with the published (privacy-folded) figures", async () => {
    const view = await getExecutiveView(client, slug, acme.id);
    expect(view.isClient).toBe(true);
    expect(view.organization.name).toBe("Acme Shared");
    expect(view.rounds.map((round) => round.roundId)).toEqual([acmeRound.id]);
    expect(view.rounds[0]!.figures.groups.map((group) => group.group)).not.toContain("Legal");
    expect(await findClientHome(client, slug)).toBe(`/w/${slug}/organizations/${acme.id}/executive`);
  });

  it("gets NotFound for another organization of the same workspace and for one of another workspace", async () => {
    await expect(getExecutiveView(client, slug, globex.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getExecutiveView(client, slug, foreignOrganization.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getExecutiveView(client, "client-other", foreignOrganization.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("gets NotFound from every workspace-member read, even for their own organization", async () => {
    const reads: [string, () => Promise<unknown>][] = [
      ["workspace", () => getWorkspace(client, slug)],
      ["organizations", () => listOrganizations(client, slug)],
      ["own organization page", () => getOrganization(client, slug, acme.id)],
      ["other organization page", () => getOrganization(client, slug, globex.id)],
      ["rounds", () => listRounds(client, slug, acme.id)],
      ["round", () => getRound(client, slug, globexRound.id)],
      ["results", () => getRoundResults(client, slug, globexRound.id)],
      ["own results", () => getRoundResults(client, slug, acmeRound.id)],
      ["participants", () => listParticipants(client, slug, acmeRound.id)],
      ["history", () => getOrganizationHistory(client, slug, globex.id)],
      ["published round", () => getPublishedRound(client, slug, globexRound.id)],
      ["portfolio", () => getPortfolio(client, slug)],
      ["members", () => listMembers(client, slug)],
      ["share links", () => listShareLinks(client, slug, acme.id)],
    ];
    for (const [name, read] of reads) await expect(read(), name).rejects.toBeInstanceOf(NotFoundError);
  });

  it("can change nothing: every write is NotFound", async () => {
    await expect(createOrganizationAsMember(client, slug, { name: "Sneaky", industry: "", businessUnits: [] })).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateOrganization(client, slug, acme.id, { name: "Renamed", industry: "", businessUnits: [] })).rejects.toBeInstanceOf(NotFoundError);
    await expect(setRoundStatus(client, slug, acmeRound.id, "OPEN")).rejects.toBeInstanceOf(NotFoundError);
    await expect(createShareLink(client, slug, acme.id, { label: "", expiresInDays: "" })).rejects.toBeInstanceOf(NotFoundError);
    expect((await db.round.findUniqueOrThrow({ where: { id: acmeRound.id } })).status).toBe("CLOSED");
  });

  it("cannot be scoped to an organization of another workspace, nor can a colleague be scoped at all (database constraints)", async () => {
    const someone = await createUser(db);
    await expect(addMember(db, workspaceId, someone.userId, "CLIENT", foreignOrganization.id)).rejects.toThrow();
    await expect(addMember(db, workspaceId, someone.userId, "CLIENT", null)).rejects.toThrow();
    await expect(addMember(db, workspaceId, someone.userId, "VIEWER", acme.id)).rejects.toThrow();
  });
});

describe("inviting a client executive", () => {
  it("a consultant invites through the workspace's invite links; the accepted membership reads only that organization", async () => {
    const { token } = await inviteClientExecutive(consultant, slug, globex.id, { note: "Globex CFO" });
    expect((await db.invitation.findFirstOrThrow({ where: { tokenHash: sha256(token) } })).organizationId).toBe(globex.id);
    const cfo = await createUser(db);
    await acceptInvitation(cfo, token);
    expect(await db.membership.findFirstOrThrow({ where: { userId: cfo.userId }, select: { role: true, organizationId: true } })).toEqual({ role: "CLIENT", organizationId: globex.id });
    expect((await getExecutiveView(cfo, slug, globex.id)).organization.name).toBe("Globex Private");
    await expect(getExecutiveView(cfo, slug, acme.id)).rejects.toBeInstanceOf(NotFoundError);

    const access = await listClientAccess(consultant, slug, globex.id);
    expect(access.members.map((member) => member.email)).toEqual([cfo.email]);
    const membershipId = access.members[0]!.membershipId;
    // Their role is not changed into a colleague's: they are removed and invited again.
    const owner = await createUser(db);
    await addMember(db, workspaceId, owner.userId, "OWNER");
    await expect(changeMemberRole(owner, slug, membershipId, "VIEWER")).rejects.toBeInstanceOf(ValidationError);
    // Removing them from another organization's page finds nothing; from their own, it ends their access.
    await expect(removeClientExecutive(consultant, slug, acme.id, membershipId)).rejects.toBeInstanceOf(NotFoundError);
    await removeClientExecutive(consultant, slug, globex.id, membershipId);
    await expect(getExecutiveView(cfo, slug, globex.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.auditEvent.count({ where: { action: "client.removed", targetId: cfo.userId } })).toBe(1);
  });

  it("a viewer may not invite; an organization of another workspace is not found; a withdrawn invitation no longer works", async () => {
    await expect(inviteClientExecutive(viewer, slug, acme.id, { note: "" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(inviteClientExecutive(consultant, slug, foreignOrganization.id, { note: "" })).rejects.toBeInstanceOf(NotFoundError);
    const { token, invitation } = await inviteClientExecutive(consultant, slug, acme.id, { note: "" });
    await expect(withdrawClientInvitation(consultant, slug, globex.id, invitation.id)).rejects.toBeInstanceOf(NotFoundError);
    await withdrawClientInvitation(consultant, slug, acme.id, invitation.id);
    await expect(acceptInvitation(await createUser(db), token)).rejects.toBeInstanceOf(ValidationError);
  });
});

describe("share links", () => {
  it("open exactly their organization's executive view, count their use, and are audit-logged", async () => {
    const { token, link } = await createShareLink(consultant, slug, acme.id, { label: "Board pack", expiresInDays: "" });
    expect(link.expiresAt.getTime() - link.createdAt.getTime()).toBe(30 * 24 * 60 * 60 * 1000);
    const address = freshAddress();
    const shared = await getSharedExecutiveView(token, address);
    expect(shared.status).toBe("active");
    if (shared.status !== "active") return;
    expect(shared.view.organization).toEqual({ id: acme.id, name: "Acme Shared" });
    expect(shared.view.rounds.map((round) => round.roundId)).toEqual([acmeRound.id]);
    expect(JSON.stringify(shared.view)).not.toContain(globex.id);
    expect(shared.view.rounds[0]!.figures.groups.map((group) => group.group)).not.toContain("Legal");

    await getSharedExecutiveView(token, address);
    const [listed] = await listShareLinks(consultant, slug, acme.id);
    expect(listed).toMatchObject({ label: "Board pack", createdByName: consultant.name, useCount: 2, state: "active" });
    expect(listed!.lastUsedAt).not.toBeNull();
    // Two opens within the hour are one audit entry.
    expect(await db.auditEvent.count({ where: { action: "share-link.opened", targetId: link.id } })).toBe(1);
    expect(await db.auditEvent.count({ where: { action: "share-link.created", targetId: link.id, actorUserId: consultant.userId } })).toBe(1);
  });

  it("store only the SHA-256 of the token, which appears in no table", async () => {
    const { token, link } = await createShareLink(consultant, slug, acme.id, { label: "", expiresInDays: "7" });
    expect((await db.shareLink.findUniqueOrThrow({ where: { id: link.id } })).tokenHash).toBe(sha256(token));
    for (const table of ["ShareLink", "AuditEvent"]) {
      const rows = await db.$queryRawUnsafe<unknown[]>(`SELECT * FROM "${table}"`);
      expect(JSON.stringify(rows, (_key, value: unknown) => (typeof value === "bigint" ? String(value) : value)), table).not.toContain(token);
    }
  });

  it("a revoked link opens nothing, says it was revoked, and is listed as revoked by whom", async () => {
    const { token, link } = await createShareLink(consultant, slug, acme.id, { label: "", expiresInDays: "" });
    expect((await openShareLink(token, freshAddress())).status).toBe("active");
    await expect(revokeShareLink(consultant, slug, globex.id, link.id)).rejects.toBeInstanceOf(NotFoundError);
    await revokeShareLink(consultant, slug, acme.id, link.id);
    expect(await getSharedExecutiveView(token, freshAddress())).toEqual({ status: "revoked" });
    const listed = (await listShareLinks(consultant, slug, acme.id)).find((row) => row.id === link.id);
    expect(listed).toMatchObject({ state: "revoked", revokedByName: consultant.name });
    await expect(revokeShareLink(consultant, slug, acme.id, link.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.auditEvent.count({ where: { action: "share-link.revoked", targetId: link.id } })).toBe(1);
  });

  it("an expired link opens nothing and says it expired", async () => {
    const { token, link } = await createShareLink(consultant, slug, acme.id, { label: "", expiresInDays: "1" });
    await db.shareLink.update({ where: { id: link.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await getSharedExecutiveView(token, freshAddress())).toEqual({ status: "expired" });
  });

  it("only consultants and owners manage links; a viewer is refused, another workspace's organization is not found", async () => {
    await expect(createShareLink(viewer, slug, acme.id, { label: "", expiresInDays: "" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listShareLinks(viewer, slug, acme.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(createShareLink(consultant, slug, foreignOrganization.id, { label: "", expiresInDays: "" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(createShareLink(consultant, slug, acme.id, { label: "", expiresInDays: "365" })).rejects.toBeInstanceOf(ValidationError);
  });

  it("guessing is rate-limited per address: after 20 unknown tokens even a valid link waits", async () => {
    const { token } = await createShareLink(consultant, slug, acme.id, { label: "", expiresInDays: "" });
    const address = freshAddress();
    for (let attempt = 0; attempt < shareLinkLimits.unknown.points; attempt++) expect((await openShareLink("x".repeat(43), address)).status).toBe("unknown");
    expect((await openShareLink(token, address)).status).toBe("throttled");
    expect((await openShareLink(token, freshAddress())).status).toBe("active");
  });
});
