import { beforeAll, describe, expect, inject, it } from "vitest";

import { listAuditEvents } from "@/server/audit-log";
import {
  changeMemberRole,
  createInvitation,
  listMembers,
  listPendingInvitations,
  removeMember,
  revokeInvitation,
} from "@/server/members";
import { createOrganization, getOrganization, listOrganizations, setOrganizationArchived, updateOrganization } from "@/server/organizations";
import { getWorkspace } from "@/server/workspaces";
import { ForbiddenError, NotFoundError, UnauthenticatedError } from "@/server/errors";

import { addMember, createUser, type TestActor } from "../factories/accounts";
import { createDbClient } from "../factories/db-client";
import { createOrganization as insertOrganization, createWorkspace } from "../factories/workspace";

// The access matrix of the data layer: every function, called by each kind of caller. Allowed
// callers succeed; anonymous callers, members of another workspace and viewers attempting a write
// are refused, and a refused call changes nothing in the database.

const db = createDbClient(inject("databaseUrl"));

type Fixture = {
  slug: string;
  owner: TestActor;
  consultant: TestActor;
  viewer: TestActor;
  outsider: TestActor;
  organizationId: string;
  invitationId: string;
  viewerMembershipId: string;
  consultantMembershipId: string;
  /** Strings that appear only in the other workspace's rows: none may reach an alpha caller. */
  betaMarkers: string[];
};
let f: Fixture;

beforeAll(async () => {
  const workspace = await createWorkspace(db, { name: "Alpha Consulting", slug: "alpha" });
  const other = await createWorkspace(db, { name: "Beta Advisory", slug: "beta" });
  const [owner, consultant, viewer, outsider] = await Promise.all([createUser(db), createUser(db), createUser(db), createUser(db)]);
  await addMember(db, workspace.id, owner.userId, "OWNER");
  const consultantMembership = await addMember(db, workspace.id, consultant.userId, "CONSULTANT");
  const viewerMembership = await addMember(db, workspace.id, viewer.userId, "VIEWER");
  await addMember(db, other.id, outsider.userId, "OWNER");
  const organization = await insertOrganization(db, workspace.id, { name: "Acme" });
  // The other workspace has rows of every kind the functions list, each recognisable.
  const betaOrganization = await insertOrganization(db, other.id, { name: "Beta Secret Client" });
  const betaInvitation = await db.invitation.create({
    data: { workspaceId: other.id, role: "VIEWER", note: "beta-only note", tokenHash: "beta-hash", createdById: outsider.userId, expiresAt: new Date(Date.now() + 86_400_000) },
  });
  await db.auditEvent.create({ data: { workspaceId: workspace.id, action: "organization.created", actorEmail: owner.email, targetId: "alpha-audit-marker" } });
  await db.auditEvent.create({ data: { workspaceId: other.id, action: "organization.created", actorEmail: outsider.email, targetId: betaOrganization.id } });
  const invitation = await db.invitation.create({
    data: { workspaceId: workspace.id, role: "VIEWER", tokenHash: "fixture-hash", createdById: owner.userId, expiresAt: new Date(Date.now() + 86_400_000) },
  });
  f = {
    slug: workspace.slug,
    owner,
    consultant,
    viewer,
    outsider,
    organizationId: organization.id,
    invitationId: invitation.id,
    viewerMembershipId: viewerMembership.id,
    consultantMembershipId: consultantMembership.id,
    betaMarkers: [other.id, "Beta Advisory", betaOrganization.id, "Beta Secret Client", betaInvitation.id, "beta-only note", outsider.email],
  };
});

async function snapshot() {
  const [organizations, memberships, invitations, audit] = await Promise.all([
    db.organization.findMany({ orderBy: { id: "asc" } }),
    db.membership.findMany({ orderBy: { id: "asc" } }),
    db.invitation.findMany({ orderBy: { id: "asc" } }),
    db.auditEvent.count(),
  ]);
  return { organizations, memberships, invitations, audit };
}

type Call = {
  name: string;
  write: boolean;
  allowed: () => TestActor;
  run: (actor: TestActor | null) => Promise<unknown>;
  /** Something the allowed caller's result must contain: its own workspace's data. */
  own?: () => string;
};

const organizationInput = { name: "Initech", industry: "Software", businessUnits: ["Platform"] };
const calls: Call[] = [
  { name: "getWorkspace", write: false, allowed: () => f.viewer, run: (a) => getWorkspace(a, f.slug), own: () => "Alpha Consulting" },
  { name: "listOrganizations", write: false, allowed: () => f.viewer, run: (a) => listOrganizations(a, f.slug), own: () => f.organizationId },
  { name: "getOrganization", write: false, allowed: () => f.viewer, run: (a) => getOrganization(a, f.slug, f.organizationId), own: () => f.organizationId },
  { name: "listMembers", write: false, allowed: () => f.viewer, run: (a) => listMembers(a, f.slug), own: () => f.owner.email },
  { name: "createOrganization", write: true, allowed: () => f.consultant, run: (a) => createOrganization(a, f.slug, { ...organizationInput, name: `Initech ${Math.random()}` }) },
  { name: "updateOrganization", write: true, allowed: () => f.consultant, run: (a) => updateOrganization(a, f.slug, f.organizationId, { name: "Acme Retail", industry: "", businessUnits: [] }) },
  { name: "setOrganizationArchived", write: true, allowed: () => f.consultant, run: (a) => setOrganizationArchived(a, f.slug, f.organizationId, false) },
  { name: "listPendingInvitations", write: true, allowed: () => f.owner, run: (a) => listPendingInvitations(a, f.slug), own: () => f.invitationId },
  { name: "createInvitation", write: true, allowed: () => f.owner, run: (a) => createInvitation(a, f.slug, { role: "VIEWER", note: "" }) },
  { name: "changeMemberRole", write: true, allowed: () => f.owner, run: (a) => changeMemberRole(a, f.slug, f.viewerMembershipId, "VIEWER") },
  { name: "listAuditEvents", write: true, allowed: () => f.owner, run: (a) => listAuditEvents(a, f.slug), own: () => "alpha-audit-marker" },
];

describe.each(calls)("$name", (call) => {
  it("gives an allowed caller their own workspace's data and nothing of another's", async () => {
    const result = await call.run(call.allowed());
    const serialized = JSON.stringify(result ?? null, (_key, value: unknown) => (typeof value === "bigint" ? String(value) : value));
    if (call.own) expect(serialized).toContain(call.own());
    for (const marker of f.betaMarkers) expect(serialized, `leaked ${marker}`).not.toContain(marker);
  });

  it("refuses an anonymous caller and changes nothing", async () => {
    const before = await snapshot();
    await expect(call.run(null)).rejects.toBeInstanceOf(UnauthenticatedError);
    expect(await snapshot()).toEqual(before);
  });

  it("answers a member of another workspace as if nothing were there, and changes nothing", async () => {
    const before = await snapshot();
    await expect(call.run(f.outsider)).rejects.toBeInstanceOf(NotFoundError);
    expect(await snapshot()).toEqual(before);
  });

  it.runIf(call.write)("refuses a viewer and changes nothing", async () => {
    const before = await snapshot();
    await expect(call.run(f.viewer)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await snapshot()).toEqual(before);
  });
});

describe("owner-only actions", () => {
  it("refuses consultants the member and audit functions", async () => {
    const before = await snapshot();
    await expect(createInvitation(f.consultant, f.slug, { role: "OWNER", note: "" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(changeMemberRole(f.consultant, f.slug, f.consultantMembershipId, "OWNER")).rejects.toBeInstanceOf(ForbiddenError);
    await expect(removeMember(f.consultant, f.slug, f.viewerMembershipId)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(revokeInvitation(f.consultant, f.slug, f.invitationId)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listAuditEvents(f.consultant, f.slug)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await snapshot()).toEqual(before);
  });

  it("cannot reach another workspace's records by id, even as an owner", async () => {
    const before = await snapshot();
    await expect(getOrganization(f.outsider, "beta", f.organizationId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateOrganization(f.outsider, "beta", f.organizationId, organizationInput)).rejects.toBeInstanceOf(NotFoundError);
    await expect(setOrganizationArchived(f.outsider, "beta", f.organizationId, true)).rejects.toBeInstanceOf(NotFoundError);
    await expect(revokeInvitation(f.outsider, "beta", f.invitationId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(removeMember(f.outsider, "beta", f.viewerMembershipId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(changeMemberRole(f.outsider, "beta", f.viewerMembershipId, "OWNER")).rejects.toBeInstanceOf(NotFoundError);
    expect(await snapshot()).toEqual(before);
  });
});
