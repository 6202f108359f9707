import { randomUUID } from "node:crypto";

import { expect, type APIRequestContext, type Page } from "@playwright/test";

import { mpem } from "../../../src/domain/frameworks/mpem";
import { hashPassword } from "../../../src/lib/password-hashing";

import { withE2eDb } from "./e2e-database";

export const PASSWORD = "correct horse battery staple";

export function uniqueEmail(label: string): string {
  return `${label}-${randomUUID().slice(0, 8)}@example.test`;
}

/** Signs up through the form, as a person would; lands on the new workspace. */
export async function signUpThroughForm(page: Page, { name, email, workspaceName }: { name: string; email: string; workspaceName?: string }) {
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  if (workspaceName) await page.getByLabel("Workspace name").fill(workspaceName);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/w\/[a-z0-9-]+$/);
}

export async function signInThroughForm(page: Page, email: string, password = PASSWORD) {
  await page.goto("/sign-in");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/**
 * An account with a real argon2id password, written straight to the database (the app's sign-up is
 * a form that also creates a workspace; better-auth's HTTP sign-up is closed). Returns its user id.
 */
export async function createAccount(_request: APIRequestContext, email: string, name = "Test User"): Promise<string> {
  const userId = randomUUID();
  const passwordHash = await hashPassword(PASSWORD);
  await withE2eDb(async (db) => {
    await db.query(`INSERT INTO "User" (id, name, email, "emailVerified", "updatedAt") VALUES ($1, $2, $3, false, now())`, [userId, name, email.toLowerCase()]);
    await db.query(`INSERT INTO "Account" (id, "accountId", "providerId", "userId", password, "updatedAt") VALUES ($1, $2, 'credential', $2, $3, now())`, [
      randomUUID(),
      userId,
      passwordHash,
    ]);
  });
  return userId;
}

type Role = "OWNER" | "CONSULTANT" | "VIEWER";

/** A workspace with members and organizations, written straight to the database. */
export async function createWorkspaceFixture(members: { userId: string; role: Role }[], organizations: string[]) {
  const suffix = randomUUID().slice(0, 8);
  const workspaceId = randomUUID();
  const slug = `fixture-${suffix}`;
  const organizationIds: string[] = [];
  await withE2eDb(async (db) => {
    await db.query(`INSERT INTO "Workspace" (id, name, slug, "updatedAt") VALUES ($1, $2, $3, now())`, [workspaceId, `Workspace ${suffix}`, slug]);
    for (const member of members) {
      await db.query(`INSERT INTO "Membership" (id, "userId", "workspaceId", role, "updatedAt") VALUES ($1, $2, $3, $4, now())`, [
        randomUUID(),
        member.userId,
        workspaceId,
        member.role,
      ]);
    }
    for (const name of organizations) {
      const id = randomUUID();
      organizationIds.push(id);
      await db.query(`INSERT INTO "Organization" (id, "workspaceId", name, "updatedAt") VALUES ($1, $2, $3, now())`, [id, workspaceId, name]);
    }
  });
  return { workspaceId, slug, organizationIds };
}

/** An open round with one participant, written straight to the database; returns the link's token. */
export async function createParticipantFixture(status: "DRAFT" | "OPEN" | "CLOSED" = "OPEN"): Promise<string> {
  const { createHash, randomBytes } = await import("node:crypto");
  const token = randomBytes(32).toString("base64url");
  const { organizationIds } = await createWorkspaceFixture([], ["Keyboard Co"]);
  await withE2eDb(async (db) => {
    const roundId = randomUUID();
    await db.query(
      `INSERT INTO "Round" (id, "organizationId", name, "frameworkId", "frameworkVersion", "levelCount", "dimensionIds", status, "updatedAt") VALUES ($1, $2, 'Fixture round', $3, $4, $5, $6, $7, now())`,
      [roundId, organizationIds[0], mpem.id, mpem.version, mpem.levels.length, mpem.dimensions.map((dimension) => dimension.id), status],
    );
    await db.query(`INSERT INTO "Participant" (id, "roundId", "displayName", "tokenHash") VALUES ($1, $2, 'Kim Keyboard', $3)`, [
      randomUUID(),
      roundId,
      createHash("sha256").update(token).digest("hex"),
    ]);
  });
  return token;
}
