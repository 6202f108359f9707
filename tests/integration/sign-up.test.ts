import { afterAll, beforeEach, describe, expect, inject, it } from "vitest";
import pg from "pg";

import { getServerEnv } from "@/env";
import { verifyPassword } from "@/lib/password-hashing";
import { listAuditEvents } from "@/server/audit-log";
import { registerAccount } from "@/server/auth/sign-up";
import { ValidationError } from "@/server/errors";
import { createInvitation, revokeInvitation } from "@/server/members";

import { addMember, createUser } from "../factories/accounts";
import { createDbClient } from "../factories/db-client";
import { createWorkspace } from "../factories/workspace";
import { resetDatabase } from "../support/reset-database";

const databaseUrl = inject("databaseUrl");
const db = createDbClient(databaseUrl);
afterAll(() => db.$disconnect());
beforeEach(() => resetDatabase(databaseUrl));

const PASSWORD = "correct horse battery staple";
const newcomer = { name: "Nina Newcomer", email: "nina@example.test", password: PASSWORD };

async function sql(text: string) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

async function ownerWithWorkspace() {
  const workspace = await createWorkspace(db, { name: "Delta", slug: "delta" });
  const owner = await createUser(db);
  await addMember(db, workspace.id, owner.userId, "OWNER");
  return { owner, workspace };
}

describe("sign-up is all or nothing", () => {
  it("creates the user, the password and their workspace, as owner, in one go", async () => {
    const account = await registerAccount({ ...newcomer, workspaceName: "Nina's Lab" }, "192.0.2.1");
    const user = await db.user.findUniqueOrThrow({ where: { email: newcomer.email }, include: { accounts: true, memberships: { include: { workspace: true } } } });
    expect(user.memberships).toMatchObject([{ role: "OWNER", workspace: { name: "Nina's Lab", slug: account.slug } }]);
    expect(await verifyPassword({ hash: user.accounts[0]!.password!, password: PASSWORD })).toBe(true);
    expect((await db.auditEvent.findMany({ orderBy: { id: "asc" } })).map((event) => [event.action, event.ipAddress])).toEqual([
      ["workspace.created", "192.0.2.1"],
      ["auth.sign-up", "192.0.2.1"],
    ]);
    // The owner reads their own sign-up in the workspace's audit log.
    expect((await listAuditEvents({ userId: user.id, email: user.email, name: user.name }, account.slug)).map((event) => event.action)).toContain("auth.sign-up");
  });

  it("joins through a valid invitation instead of creating a workspace", async () => {
    const { owner, workspace } = await ownerWithWorkspace();
    const { token } = await createInvitation(owner, "delta", { role: "CONSULTANT", note: "" });
    await expect(registerAccount({ ...newcomer, invite: token }, "192.0.2.1")).resolves.toMatchObject({ slug: "delta" });
    expect(await db.membership.findMany({ where: { user: { email: newcomer.email } }, select: { workspaceId: true, role: true } })).toEqual([
      { workspaceId: workspace.id, role: "CONSULTANT" },
    ]);
    expect(await db.workspace.count()).toBe(1);
  });

  it("an invitation withdrawn before sign-up leaves no account, and a retry without it works", async () => {
    const { owner } = await ownerWithWorkspace();
    const { token, invitation } = await createInvitation(owner, "delta", { role: "VIEWER", note: "" });
    await revokeInvitation(owner, "delta", invitation.id);
    await expect(registerAccount({ ...newcomer, invite: token }, "192.0.2.1")).rejects.toThrow("withdrawn");
    expect(await db.user.count({ where: { email: newcomer.email } })).toBe(0);
    await expect(registerAccount(newcomer, "192.0.2.1")).resolves.toMatchObject({ email: newcomer.email });
  });

  it("a failure after the user was written (the membership step) rolls the user back; a retry works", async () => {
    const { owner } = await ownerWithWorkspace();
    const { token } = await createInvitation(owner, "delta", { role: "VIEWER", note: "" });
    // Fails the very last write of the transaction, after the user and password rows exist.
    await sql(`CREATE FUNCTION fail_membership() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'forced failure'; END $$ LANGUAGE plpgsql`);
    await sql(`CREATE TRIGGER fail_membership BEFORE INSERT ON "Membership" FOR EACH ROW EXECUTE FUNCTION fail_membership()`);
    try {
      await expect(registerAccount({ ...newcomer, invite: token }, "192.0.2.1")).rejects.toThrow(/forced failure/);
    } finally {
      await sql(`DROP TRIGGER fail_membership ON "Membership"; DROP FUNCTION fail_membership()`);
    }
    expect(await db.user.count({ where: { email: newcomer.email } })).toBe(0);
    expect(await db.account.count()).toBe(0);
    expect((await db.invitation.findFirstOrThrow()).acceptedAt).toBeNull();

    await expect(registerAccount({ ...newcomer, invite: token }, "192.0.2.1")).resolves.toMatchObject({ slug: "delta" });
  });

  it("refuses an e-mail that already has an account, and weak passwords, writing nothing", async () => {
    await registerAccount(newcomer, "192.0.2.1");
    const before = await db.workspace.count();
    await expect(registerAccount({ ...newcomer, name: "Someone Else" }, "192.0.2.1")).rejects.toThrow("already exists");
    await expect(registerAccount({ ...newcomer, email: "other@example.test", password: "password1" }, "192.0.2.1")).rejects.toBeInstanceOf(ValidationError);
    expect(await db.workspace.count()).toBe(before);
    expect(await db.user.count()).toBe(1);
  });

  it("limits sign-ups per address: past the hourly limit one address is refused and nothing is written; another address still signs up", async () => {
    const limit = getServerEnv().SIGN_UP_LIMIT_PER_HOUR;
    for (let index = 0; index < limit; index += 1) {
      await registerAccount({ ...newcomer, email: `many-${index}@example.test`, workspaceName: `Lab ${index}` }, "198.51.100.7");
    }
    await expect(registerAccount({ ...newcomer, email: "one-too-many@example.test" }, "198.51.100.7")).rejects.toThrow(/^Too many sign-ups from this address\. Try again in /);
    expect(await db.user.count({ where: { email: "one-too-many@example.test" } })).toBe(0);
    expect(await db.user.count()).toBe(limit);
    await registerAccount({ ...newcomer, email: "elsewhere@example.test" }, "198.51.100.8");
    expect(await db.user.count({ where: { email: "elsewhere@example.test" } })).toBe(1);
  });

  it("two sign-ups with the same e-mail at once: one account", async () => {
    const outcomes = await Promise.allSettled([registerAccount(newcomer, "192.0.2.1"), registerAccount(newcomer, "192.0.2.2")]);
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    expect(await db.user.count()).toBe(1);
    expect(await db.workspace.count()).toBe(1);
  });
});
