import { createHash } from "node:crypto";

import { beforeAll, describe, expect, inject, it } from "vitest";

import { createInvitation } from "@/server/members";
import { addParticipants, reissueParticipantLink } from "@/server/participants";
import { createRound } from "@/server/rounds";

import { addMember, createUser, type TestActor } from "../factories/accounts";
import { createDbClient } from "../factories/db-client";
import { createOrganization, createWorkspace } from "../factories/workspace";

// Personal links and invite links are shown once and stored only as SHA-256 hashes: a copy of the
// database must not open anyone's questionnaire or join anyone's workspace.

const db = createDbClient(inject("databaseUrl"));
const sha256 = (token: string) => createHash("sha256").update(token).digest("hex");

let owner: TestActor;
let slug: string;
let roundId: string;

beforeAll(async () => {
  const workspace = await createWorkspace(db, { slug: "tokens-ws" });
  slug = workspace.slug;
  owner = await createUser(db);
  await addMember(db, workspace.id, owner.userId, "OWNER");
  const organization = await createOrganization(db, workspace.id, { name: "Hashes Inc" });
  roundId = (await createRound(owner, slug, organization.id, { name: "H1 2027", opensOn: "", closesOn: "", groups: [] })).id;
});

/** Every text column of the table, as one string, to look for a raw token anywhere in it. */
async function tableText(table: "Participant" | "Invitation" | "AuditEvent"): Promise<string> {
  const rows = await db.$queryRawUnsafe<Record<string, unknown>[]>(`SELECT * FROM "${table}"`);
  return JSON.stringify(rows, (_key, value: unknown) => (typeof value === "bigint" ? String(value) : value));
}

describe("secret tokens", () => {
  it("participant links: the stored hash is SHA-256 of the link's token, and the token is stored nowhere", async () => {
    const { links } = await addParticipants(owner, slug, roundId, { list: "Ana, ana@example.test\nBo, bo@example.test" });
    expect(links).toHaveLength(2);
    for (const link of links) {
      const stored = await db.participant.findFirstOrThrow({ where: { roundId, displayName: link.displayName }, select: { id: true, tokenHash: true } });
      expect(stored.tokenHash).toBe(sha256(link.token));
      expect(link.token.length).toBeGreaterThanOrEqual(32);
    }
    const reissued = await reissueParticipantLink(owner, slug, roundId, (await db.participant.findFirstOrThrow({ where: { roundId, displayName: "Ana" } })).id);
    expect((await db.participant.findFirstOrThrow({ where: { roundId, displayName: "Ana" } })).tokenHash).toBe(sha256(reissued.token));
    for (const table of ["Participant", "AuditEvent"] as const) {
      const text = await tableText(table);
      for (const token of [...links.map((link) => link.token), reissued.token]) expect(text, table).not.toContain(token);
    }
  });

  it("invite links: the stored hash is SHA-256 of the token, and the token is stored nowhere", async () => {
    const { token, invitation } = await createInvitation(owner, slug, { role: "VIEWER", note: "" });
    expect((await db.invitation.findUniqueOrThrow({ where: { id: invitation.id } })).tokenHash).toBe(sha256(token));
    for (const table of ["Invitation", "AuditEvent"] as const) expect(await tableText(table), table).not.toContain(token);
  });
});
