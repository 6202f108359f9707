import { beforeAll, describe, expect, inject, it } from "vitest";

import { ForbiddenError } from "@/server/errors";
import { createInvitation } from "@/server/members";
import { listOutbox } from "@/server/mail/outbox-read";
import { sendParticipantLinks } from "@/server/mail/round-mail";
import { getRoundMail } from "@/server/mail/round-mail-status";
import { reissueParticipantLink } from "@/server/participants";

import { addMember, createUser } from "../factories/accounts";
import { createDbClient } from "../factories/db-client";
import { createMailRound } from "../support/mail-fixtures";

// Without SMTP_URL (the embedded default) nothing is dropped: messages are held in the outbox, with
// their links, for owners and consultants; no job is queued, and no hourly limit applies to them.

const db = createDbClient(inject("databaseUrl"));

beforeAll(() => {
  delete process.env.SMTP_URL;
});

describe("the outbox without a mail server", () => {
  it("holds every message with a working link, for owners and consultants only", async () => {
    const round = await createMailRound(db, { people: 3 });
    expect(await sendParticipantLinks(round.consultant, round.slug, round.roundId, { scope: "unsent", note: "" })).toMatchObject({ queued: 3, held: true });
    expect((await getRoundMail(round.consultant, round.slug, round.roundId)).mailConfigured).toBe(false);

    const outbox = await listOutbox(round.consultant, round.slug);
    expect(outbox.mailConfigured).toBe(false);
    expect(outbox.entries).toHaveLength(3);
    for (const entry of outbox.entries) {
      expect(entry.status).toBe("HELD");
      expect(entry.subject).toBe("Northwind Consulting asks for your view: Acme Retail, H1 2027");
      const token = /\/r\/([A-Za-z0-9_-]{43})$/.exec(entry.link ?? "")?.[1];
      const person = round.people.find((candidate) => candidate.email === entry.toAddress)!;
      const { createHash } = await import("node:crypto");
      expect(createHash("sha256").update(token!).digest("hex")).toBe((await db.participant.findUniqueOrThrow({ where: { id: person.id } })).tokenHash);
    }

    // A link replaced by hand is no longer offered from the outbox.
    await reissueParticipantLink(round.consultant, round.slug, round.roundId, round.people[0]!.id);
    const after = await listOutbox(round.consultant, round.slug);
    expect(after.entries.find((entry) => entry.toAddress === round.people[0]!.email)!.link).toBeNull();

    const viewer = await createUser(db);
    await addMember(db, round.workspaceId, viewer.userId, "VIEWER");
    await expect(listOutbox(viewer, round.slug)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("shows invitation links to owners, not to consultants", async () => {
    const round = await createMailRound(db, { people: 0 });
    const owner = await createUser(db);
    await addMember(db, round.workspaceId, owner.userId, "OWNER");
    const { mail } = await createInvitation(owner, round.slug, { role: "CONSULTANT", note: "", email: "colleague@example.test" });
    expect(mail).toEqual({ to: "colleague@example.test", held: true });
    expect((await listOutbox(owner, round.slug)).entries[0]!.link).toMatch(/\/invite\/[A-Za-z0-9_-]+$/);
    expect((await listOutbox(round.consultant, round.slug)).entries[0]!.link).toBeNull();
    await expect(createInvitation(owner, round.slug, { role: "CONSULTANT", note: "", email: "not-an-address" })).rejects.toThrow("Check the highlighted fields.");
  });
});
