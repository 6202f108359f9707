import { randomUUID } from "node:crypto";

import { addMember, createUser, type TestActor } from "../factories/accounts";
import type { DbClient } from "../factories/db-client";
import { createParticipant, createRound } from "../factories/rounds";
import { createOrganization, createWorkspace } from "../factories/workspace";

// A workspace with a consultant, an organization and an open round whose participants have
// e-mail addresses, for the mail tests.

export type MailRound = { slug: string; workspaceId: string; roundId: string; consultant: TestActor; people: { id: string; name: string; email: string; token: string }[] };

export async function createMailRound(db: DbClient, { people = 3, closesOn = null, names }: { people?: number; closesOn?: Date | null; names?: string[] } = {}): Promise<MailRound> {
  const workspace = await createWorkspace(db, { name: "Northwind Consulting" });
  const organization = await createOrganization(db, workspace.id, { name: "Acme Retail" });
  const round = await createRound(db, organization.id, { name: "H1 2027" });
  if (closesOn) await db.round.update({ where: { id: round.id }, data: { closesOn } });
  const consultant = await createUser(db, { name: "Jane Consultant" });
  await addMember(db, workspace.id, consultant.userId, "CONSULTANT");
  const created = [];
  for (let index = 0; index < people; index += 1) {
    const name = names?.[index] ?? `Person ${index + 1}`;
    const email = `person-${index + 1}-${randomUUID().slice(0, 6)}@example.test`;
    const { participant, token } = await createParticipant(db, round.id, { displayName: name });
    await db.participant.update({ where: { id: participant.id }, data: { email } });
    created.push({ id: participant.id, name, email, token });
  }
  return { slug: workspace.slug, workspaceId: workspace.id, roundId: round.id, consultant, people: created };
}

/** Waits until `check` holds (polling), or fails after `timeoutMs`. */
export async function eventually<T>(check: () => Promise<T | undefined | null | false>, timeoutMs = 20_000, what = "the condition"): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
