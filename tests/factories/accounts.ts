import { randomUUID } from "node:crypto";

import type { Role } from "../../src/domain/access/permissions";
import type { DbClient } from "./db-client";

export type TestActor = { userId: string; email: string; name: string };

/** A user row as better-auth would create it, without a password (for data-layer tests). */
export async function createUser(db: DbClient, overrides: { email?: string; name?: string } = {}): Promise<TestActor> {
  const id = randomUUID();
  const email = overrides.email ?? `user-${id.slice(0, 8)}@example.test`;
  const name = overrides.name ?? `User ${id.slice(0, 4)}`;
  await db.user.create({ data: { id, email, name, emailVerified: false } });
  return { userId: id, email, name };
}

/** A membership; a CLIENT (client executive) needs the one organization it may read. */
export async function addMember(db: DbClient, workspaceId: string, userId: string, role: Role, organizationId: string | null = null) {
  return db.membership.create({ data: { workspaceId, userId, role, organizationId } });
}
