import { randomBytes } from "node:crypto";

import { isAPIError } from "better-auth/api";
import { afterAll, beforeEach, describe, expect, inject, it } from "vitest";

import { CLIENT_ADDRESS_HEADER, CLIENT_ADDRESS_KEY_HEADER } from "@/lib/client-ip";
import { hashPassword } from "@/lib/password-hashing";
import { listAuditEvents } from "@/server/audit-log";
import { getAuth } from "@/server/auth/auth";

import { addMember, createUser, type TestActor } from "../factories/accounts";
import { createDbClient } from "../factories/db-client";
import { createWorkspace } from "../factories/workspace";
import { resetDatabase } from "../support/reset-database";

const databaseUrl = inject("databaseUrl");
const db = createDbClient(databaseUrl);
afterAll(() => db.$disconnect());
beforeEach(() => resetDatabase(databaseUrl));

const key = randomBytes(32).toString("base64url");
process.env.MPEM_CLIENT_ADDRESS_KEY = key;

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);

async function accountEvent(action: string, who: TestActor | { email: string }, createdAt: Date, workspaceId: string | null = null) {
  await db.auditEvent.create({
    data: {
      action,
      workspaceId,
      actorUserId: "userId" in who ? who.userId : null,
      actorEmail: who.email,
      ipAddress: "192.0.2.1",
      createdAt,
    },
  });
}

describe("audit log scope", () => {
  it("shows an owner this workspace's events and its members' account events only since they joined", async () => {
    const alpha = await createWorkspace(db, { slug: "alpha" });
    const beta = await createWorkspace(db, { slug: "beta" });
    const owner = await createUser(db);
    const member = await createUser(db);
    const stranger = await createUser(db);
    await addMember(db, alpha.id, owner.userId, "OWNER");
    await addMember(db, beta.id, member.userId, "OWNER");
    await db.membership.create({ data: { workspaceId: alpha.id, userId: member.userId, role: "CONSULTANT", createdAt: minutesAgo(30) } });

    await accountEvent("auth.sign-in.succeeded", member, minutesAgo(60)); // before joining alpha
    await accountEvent("auth.sign-in.failed", { email: member.email }, minutesAgo(45)); // before joining
    await accountEvent("workspace.created", member, minutesAgo(40), beta.id); // another workspace
    await accountEvent("auth.sign-in.succeeded", member, minutesAgo(10)); // while a member
    await accountEvent("auth.sign-in.failed", { email: member.email }, minutesAgo(5)); // against the member, while a member
    await accountEvent("organization.created", owner, minutesAgo(4), alpha.id);
    await accountEvent("auth.sign-in.succeeded", stranger, minutesAgo(3)); // not a member at all
    await accountEvent("organization.created", member, minutesAgo(2), beta.id); // another workspace

    const events = await listAuditEvents(owner, "alpha");
    expect(events.map((event) => [event.action, event.createdAt.getTime()])).toEqual([
      ["organization.created", minutesAgo(4).getTime()],
      ["auth.sign-in.failed", minutesAgo(5).getTime()],
      ["auth.sign-in.succeeded", minutesAgo(10).getTime()],
    ].map(([action, time]) => [action, expect.closeTo(time as number, -4)]));
  });

  it("stops showing a member's account events once they have left", async () => {
    const alpha = await createWorkspace(db, { slug: "alpha" });
    const owner = await createUser(db);
    const leaver = await createUser(db);
    await addMember(db, alpha.id, owner.userId, "OWNER");
    const membership = await addMember(db, alpha.id, leaver.userId, "VIEWER");
    await accountEvent("auth.sign-in.succeeded", leaver, new Date());
    expect((await listAuditEvents(owner, "alpha")).map((event) => event.action)).toContain("auth.sign-in.succeeded");
    await db.membership.delete({ where: { id: membership.id } });
    expect((await listAuditEvents(owner, "alpha")).map((event) => event.action)).not.toContain("auth.sign-in.succeeded");
  });
});

describe("throttled sign-ins in the audit log", () => {
  it("100 refused attempts in one window are one entry with their count", async () => {
    const workspace = await createWorkspace(db, { slug: "gamma" });
    const owner = await createUser(db);
    await addMember(db, workspace.id, owner.userId, "OWNER");
    await db.account.create({
      data: { id: crypto.randomUUID(), accountId: owner.userId, providerId: "credential", userId: owner.userId, password: await hashPassword("correct horse battery staple") },
    });
    const headers = new Headers({ [CLIENT_ADDRESS_HEADER]: "203.0.113.50", [CLIENT_ADDRESS_KEY_HEADER]: key });
    const attempt = async () => {
      try {
        await getAuth().api.signInEmail({ body: { email: owner.email, password: "wrong password!" }, headers });
        return 200;
      } catch (error) {
        if (isAPIError(error)) return error.statusCode;
        throw error;
      }
    };
    for (let failure = 0; failure < 5; failure += 1) expect(await attempt()).toBe(401);
    const before = await db.auditEvent.count();
    const statuses = await Promise.all(Array.from({ length: 100 }, attempt));
    expect(statuses.every((status) => status === 429)).toBe(true);

    expect(await db.auditEvent.count()).toBe(before + 1);
    const [blocked] = (await listAuditEvents(owner, "gamma")).filter((event) => event.action === "auth.sign-in.throttled");
    expect(blocked).toMatchObject({ ipAddress: "203.0.113.50", details: { "attempts refused": 100, limit: "5 attempts per 15 min for this account from this address" } });
    // The member's real failures are still on the first page, not pushed off by the flood.
    expect((await listAuditEvents(owner, "gamma", { limit: 10 })).filter((event) => event.action === "auth.sign-in.failed")).toHaveLength(5);
  });
});
