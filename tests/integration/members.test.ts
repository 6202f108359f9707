import { afterAll, beforeEach, describe, expect, inject, it } from "vitest";

import { ValidationError } from "@/server/errors";
import { acceptInvitation, changeMemberRole, createInvitation, listMembers, previewInvitation, removeMember, revokeInvitation } from "@/server/members";

import { addMember, createUser, type TestActor } from "../factories/accounts";
import { createDbClient } from "../factories/db-client";
import { createWorkspace } from "../factories/workspace";
import { resetDatabase } from "../support/reset-database";

const databaseUrl = inject("databaseUrl");
const db = createDbClient(databaseUrl);
afterAll(() => db.$disconnect());

let owner: TestActor;
let slug: string;
let workspaceId: string;

beforeEach(async () => {
  await resetDatabase(databaseUrl);
  const workspace = await createWorkspace(db, { name: "Gamma", slug: "gamma" });
  slug = workspace.slug;
  workspaceId = workspace.id;
  owner = await createUser(db);
  await addMember(db, workspace.id, owner.userId, "OWNER");
});

describe("invite links", () => {
  it("adds the first person who accepts, with the chosen role, once", async () => {
    const { token } = await createInvitation(owner, slug, { role: "CONSULTANT", note: "for Carl" });
    expect(await previewInvitation(token)).toEqual({ status: "valid", workspaceName: "Gamma", role: "CONSULTANT", organizationName: null });

    const carl = await createUser(db, { name: "Carl" });
    await expect(acceptInvitation(carl, token)).resolves.toEqual({ slug, alreadyMember: false, home: `/w/${slug}` });
    expect((await listMembers(owner, slug)).map((member) => [member.name, member.role])).toContainEqual(["Carl", "CONSULTANT"]);

    const eve = await createUser(db);
    await expect(acceptInvitation(eve, token)).rejects.toThrow("already been used");
    expect(await previewInvitation(token)).toEqual({ status: "used" });
    expect(await db.membership.count({ where: { userId: eve.userId } })).toBe(0);
  });

  it("stores only a hash of the token", async () => {
    const { token } = await createInvitation(owner, slug, { role: "VIEWER", note: "" });
    const stored = await db.invitation.findFirstOrThrow({ select: { tokenHash: true } });
    expect(stored.tokenHash).not.toContain(token);
    expect(token.length).toBeGreaterThanOrEqual(43); // 32 random bytes
  });

  it("refuses withdrawn, expired and made-up links with a clear reason", async () => {
    const withdrawn = await createInvitation(owner, slug, { role: "VIEWER", note: "" });
    await revokeInvitation(owner, slug, withdrawn.invitation.id);
    const expired = await createInvitation(owner, slug, { role: "VIEWER", note: "" });
    await db.invitation.update({ where: { id: expired.invitation.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const visitor = await createUser(db);

    await expect(acceptInvitation(visitor, withdrawn.token)).rejects.toThrow("withdrawn");
    await expect(acceptInvitation(visitor, expired.token)).rejects.toThrow("expired");
    await expect(acceptInvitation(visitor, "x".repeat(43))).rejects.toThrow("not valid");
    expect(await db.membership.count({ where: { userId: visitor.userId } })).toBe(0);
  });

  it("lets only one of two simultaneous acceptances win", async () => {
    const { token } = await createInvitation(owner, slug, { role: "VIEWER", note: "" });
    const [first, second] = await Promise.all([createUser(db), createUser(db)]);
    const outcomes = await Promise.allSettled([acceptInvitation(first, token), acceptInvitation(second, token)]);
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    expect(await db.membership.count({ where: { workspaceId } })).toBe(2);
  });
});

describe("owners", () => {
  it("cannot demote or remove the last owner", async () => {
    const [membership] = await listMembers(owner, slug);
    await expect(changeMemberRole(owner, slug, membership!.membershipId, "VIEWER")).rejects.toBeInstanceOf(ValidationError);
    await expect(removeMember(owner, slug, membership!.membershipId)).rejects.toThrow("at least one owner");
    expect((await listMembers(owner, slug))[0]!.role).toBe("OWNER");
  });

  it("change roles and remove members, and it is audited", async () => {
    const viewer = await createUser(db);
    const membership = await addMember(db, workspaceId, viewer.userId, "VIEWER");
    await changeMemberRole(owner, slug, membership.id, "CONSULTANT");
    expect((await db.membership.findUniqueOrThrow({ where: { id: membership.id } })).role).toBe("CONSULTANT");
    await removeMember(owner, slug, membership.id);
    expect(await db.membership.count({ where: { id: membership.id } })).toBe(0);
    const actions = (await db.auditEvent.findMany({ orderBy: { id: "asc" }, select: { action: true, details: true } })).map((event) => event.action);
    expect(actions).toEqual(["member.role-changed", "member.removed"]);
  });
});

describe("two owners at once", () => {
  // Each owner demotes (or removes) the other at the same moment. Without a lock both see "one other
  // owner left" and both succeed, leaving the workspace with none. Repeated, because a race that is
  // lost once in a while is still a race.
  for (const [label, act] of [
    ["demote each other", (actor: TestActor, membershipId: string) => changeMemberRole(actor, slug, membershipId, "VIEWER")],
    ["remove each other", (actor: TestActor, membershipId: string) => removeMember(actor, slug, membershipId)],
  ] as const) {
    it(`${label}: one succeeds, one is refused, one owner remains`, async () => {
      for (let attempt = 0; attempt < 8; attempt += 1) {
        await db.membership.deleteMany({ where: { workspaceId } });
        const firstMembership = await addMember(db, workspaceId, owner.userId, "OWNER");
        const second = await createUser(db);
        const secondMembership = await addMember(db, workspaceId, second.userId, "OWNER");

        const outcomes = await Promise.allSettled([act(owner, secondMembership.id), act(second, firstMembership.id)]);
        expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
        const refused = outcomes.find((outcome) => outcome.status === "rejected");
        expect(String(refused?.status === "rejected" ? refused.reason : "")).toMatch(/at least one owner|permission|was not found/);
        expect(await db.membership.count({ where: { workspaceId, role: "OWNER" } })).toBe(1);
      }
    });
  }
});

describe("audit trail", () => {
  it("is append-only: updates and deletes change nothing", async () => {
    const viewer = await createUser(db);
    const membership = await addMember(db, workspaceId, viewer.userId, "VIEWER");
    await removeMember(owner, slug, membership.id);
    const before = await db.auditEvent.findMany();
    await db.$executeRaw`UPDATE "AuditEvent" SET action = 'tampered'`;
    await db.$executeRaw`DELETE FROM "AuditEvent"`;
    expect(await db.auditEvent.findMany()).toEqual(before);
  });
});
