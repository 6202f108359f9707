import { expect, test, type Browser, type Page } from "@playwright/test";

import { createAccount, createWorkspaceFixture, PASSWORD, signInThroughForm, uniqueEmail } from "./support/accounts";
import { withE2eDb } from "./support/e2e-database";

// Two workspaces, users of each role. Every workspace page is tried by every kind of visitor, and
// with ids swapped across workspaces; outsiders get the same 404 as for something that does not exist.

type Fixture = {
  alpha: { slug: string; organizationId: string };
  beta: { slug: string; organizationId: string };
  emails: { alphaOwner: string; alphaConsultant: string; alphaViewer: string; betaOwner: string };
};
let f: Fixture;

test.beforeAll(async ({ request }) => {
  const emails = {
    alphaOwner: uniqueEmail("alpha-owner"),
    alphaConsultant: uniqueEmail("alpha-consultant"),
    alphaViewer: uniqueEmail("alpha-viewer"),
    betaOwner: uniqueEmail("beta-owner"),
  };
  const ids = {
    alphaOwner: await createAccount(request, emails.alphaOwner, "Alpha Owner"),
    alphaConsultant: await createAccount(request, emails.alphaConsultant, "Alpha Consultant"),
    alphaViewer: await createAccount(request, emails.alphaViewer, "Alpha Viewer"),
    betaOwner: await createAccount(request, emails.betaOwner, "Beta Owner"),
  };
  const alpha = await createWorkspaceFixture(
    [
      { userId: ids.alphaOwner, role: "OWNER" },
      { userId: ids.alphaConsultant, role: "CONSULTANT" },
      { userId: ids.alphaViewer, role: "VIEWER" },
    ],
    ["Alpha Client"],
  );
  const beta = await createWorkspaceFixture([{ userId: ids.betaOwner, role: "OWNER" }], ["Beta Client"]);
  f = {
    alpha: { slug: alpha.slug, organizationId: alpha.organizationIds[0]! },
    beta: { slug: beta.slug, organizationId: beta.organizationIds[0]! },
    emails,
  };
});

async function signedIn(browser: Browser, email: string, options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
  const page = await (await browser.newContext(options)).newPage();
  await signInThroughForm(page, email, PASSWORD);
  await expect(page).toHaveURL(/\/workspaces$/);
  return page;
}

async function expectNotFound(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
}

function pagesOf(workspace: { slug: string; organizationId: string }) {
  return [
    `/w/${workspace.slug}`,
    `/w/${workspace.slug}/members`,
    `/w/${workspace.slug}/audit`,
    `/w/${workspace.slug}/outbox`,
    `/w/${workspace.slug}/portfolio`,
    `/w/${workspace.slug}/frameworks`,
    `/w/${workspace.slug}/organizations/${workspace.organizationId}`,
    `/w/${workspace.slug}/organizations/${workspace.organizationId}/history`,
    `/w/${workspace.slug}/organizations/${workspace.organizationId}/plan`,
    `/w/${workspace.slug}/organizations/${workspace.organizationId}/boundaries`,
    `/w/${workspace.slug}/organizations/${workspace.organizationId}/executive`,
  ];
}

async function organizationName(id: string): Promise<string> {
  return withE2eDb(async (db) => (await db.query<{ name: string }>(`SELECT name FROM "Organization" WHERE id = $1`, [id])).rows[0]!.name);
}

test("anonymous visitors are sent to sign in from every workspace page", async ({ page }) => {
  for (const path of pagesOf(f.alpha)) {
    await page.goto(path);
    await expect(page, path).toHaveURL(/\/sign-in\?next=/);
  }
});

test("a member of another workspace gets 404 on every page, ids swapped or not", async ({ browser }) => {
  const betaOwner = await signedIn(browser, f.emails.betaOwner);
  for (const path of pagesOf(f.alpha)) await expectNotFound(betaOwner, path);
  // Beta's own workspace with Alpha's organization id, and a workspace that does not exist.
  await expectNotFound(betaOwner, `/w/${f.beta.slug}/organizations/${f.alpha.organizationId}`);
  await expectNotFound(betaOwner, `/w/${f.beta.slug}/organizations/${f.alpha.organizationId}/history`);
  await expectNotFound(betaOwner, `/w/no-such-workspace`);
  await expectNotFound(betaOwner, `/w/${f.beta.slug}/organizations/no-such-organization`);
});

test("each role sees what it may do, and nothing more", async ({ browser }) => {
  const viewer = await signedIn(browser, f.emails.alphaViewer);
  await viewer.goto(`/w/${f.alpha.slug}/organizations/${f.alpha.organizationId}`);
  await expect(viewer.getByRole("heading", { name: "Alpha Client" })).toBeVisible();
  await expect(viewer.getByRole("button", { name: /Save changes|Archive/ })).toHaveCount(0);
  await viewer.goto(`/w/${f.alpha.slug}`);
  await expect(viewer.getByRole("button", { name: "Add organization" })).toHaveCount(0);
  await expectNotFound(viewer, `/w/${f.alpha.slug}/audit`);
  await expectNotFound(viewer, `/w/${f.alpha.slug}/outbox`);

  const consultant = await signedIn(browser, f.emails.alphaConsultant);
  await consultant.goto(`/w/${f.alpha.slug}/members`);
  await expect(consultant.getByRole("button", { name: "Create invite link" })).toHaveCount(0);
  await expect(consultant.getByRole("button", { name: "Change role" })).toHaveCount(0);
  await expectNotFound(consultant, `/w/${f.alpha.slug}/audit`);
  await consultant.goto(`/w/${f.alpha.slug}/outbox`);
  await expect(consultant.getByRole("heading", { name: "Outbox" })).toBeVisible();

  const owner = await signedIn(browser, f.emails.alphaOwner);
  await owner.goto(`/w/${f.alpha.slug}/audit`);
  await expect(owner.getByRole("heading", { name: "Audit log" })).toBeVisible();
});

test("a tampered form aimed at another workspace's organization is refused and changes nothing", async ({ browser }) => {
  // Without JavaScript the form posts its bound arguments (workspace and organization ids) as
  // hidden fields: exactly what an attacker can edit.
  const betaOwner = await signedIn(browser, f.emails.betaOwner, { javaScriptEnabled: false });
  await betaOwner.goto(`/w/${f.beta.slug}/organizations/${f.beta.organizationId}`);
  const form = betaOwner.locator("form").filter({ has: betaOwner.getByRole("button", { name: "Save changes" }) });
  const tampered = await form.evaluate(
    (element, ids) => {
      let changed = 0;
      for (const input of Array.from(element.querySelectorAll<HTMLInputElement>("input[type=hidden]"))) {
        if (input.value.includes(ids.betaSlug)) {
          input.value = input.value.replaceAll(ids.betaSlug, ids.alphaSlug).replaceAll(ids.betaOrganization, ids.alphaOrganization);
          changed += 1;
        }
      }
      return changed;
    },
    { betaSlug: f.beta.slug, alphaSlug: f.alpha.slug, betaOrganization: f.beta.organizationId, alphaOrganization: f.alpha.organizationId },
  );
  expect(tampered, "the bound ids were found in the form").toBeGreaterThan(0);
  await form.getByLabel("Name", { exact: true }).fill("Hijacked");
  await betaOwner.getByRole("button", { name: "Save changes" }).click();
  await expect(betaOwner.getByText("This was not found.")).toBeVisible();
  expect(await organizationName(f.alpha.organizationId)).toBe("Alpha Client");
  expect(await organizationName(f.beta.organizationId)).toBe("Beta Client");
});

test("a cross-origin POST to a server action is refused", async ({ browser, request }) => {
  const owner = await signedIn(browser, f.emails.alphaOwner, { javaScriptEnabled: false });
  await owner.goto(`/w/${f.alpha.slug}/organizations/${f.alpha.organizationId}`);
  const form = owner.locator("form").filter({ has: owner.getByRole("button", { name: "Save changes" }) });
  const fields = await form.evaluate((element) =>
    Array.from(new FormData(element as HTMLFormElement).entries()).map(([name, value]) => [name, String(value)] as const),
  );
  const multipart = Object.fromEntries(fields.map(([name, value]) => [name, name === "name" ? "Cross-site rename" : value]));
  const cookies = (await owner.context().cookies()).map((cookie) => `${cookie.name}=${cookie.value}`).join("; ");
  const response = await request.post(`/w/${f.alpha.slug}/organizations/${f.alpha.organizationId}`, {
    multipart,
    headers: { origin: "https://evil.example", cookie: cookies },
    maxRedirects: 0,
  });
  expect(response.status()).toBeGreaterThanOrEqual(400);
  expect(await organizationName(f.alpha.organizationId)).toBe("Alpha Client");

  // The same request from the app's own origin goes through, so the refusal above is the origin check.
  const sameOrigin = await request.post(`/w/${f.alpha.slug}/organizations/${f.alpha.organizationId}`, {
    multipart,
    headers: { origin: new URL(owner.url()).origin, cookie: cookies },
    maxRedirects: 0,
  });
  expect(sameOrigin.status()).toBeLessThan(400);
  expect(await organizationName(f.alpha.organizationId)).toBe("Cross-site rename");
  await withE2eDb((db) => db.query(`UPDATE "Organization" SET name = 'Alpha Client' WHERE id = $1`, [f.alpha.organizationId]));
});

test("a viewer replaying a consultant's form is refused, changes nothing, and the owner sees the attempt", async ({ browser, request }) => {
  // The consultant's form, as the browser would post it without JavaScript…
  const consultant = await signedIn(browser, f.emails.alphaConsultant, { javaScriptEnabled: false });
  await consultant.goto(`/w/${f.alpha.slug}/organizations/${f.alpha.organizationId}`);
  const form = consultant.locator("form").filter({ has: consultant.getByRole("button", { name: "Save changes" }) });
  const fields = await form.evaluate((element) =>
    Array.from(new FormData(element as HTMLFormElement).entries()).map(([name, value]) => [name, String(value)] as const),
  );
  const multipart = Object.fromEntries(fields.map(([name, value]) => [name, name === "name" ? "Renamed by a viewer" : value]));

  // …sent with a viewer's session.
  const viewer = await signedIn(browser, f.emails.alphaViewer);
  const cookies = (await viewer.context().cookies()).map((cookie) => `${cookie.name}=${cookie.value}`).join("; ");
  const response = await request.post(`/w/${f.alpha.slug}/organizations/${f.alpha.organizationId}`, {
    multipart,
    headers: { origin: new URL(viewer.url()).origin, cookie: cookies },
    maxRedirects: 0,
  });
  expect(response.status()).toBeLessThan(500);
  expect(await response.text()).toContain("You do not have permission to do that.");
  expect(await organizationName(f.alpha.organizationId)).toBe("Alpha Client");

  const owner = await signedIn(browser, f.emails.alphaOwner);
  await owner.goto(`/w/${f.alpha.slug}/audit`);
  const refusal = owner.getByRole("row").filter({ hasText: "Was refused an action their role does not allow" });
  await expect(refusal.first()).toBeVisible();
  await expect(refusal.first()).toContainText(f.emails.alphaViewer);
  await expect(refusal.first()).toContainText("organization.update");
});

test("a client executive scoped to one organization gets 404 on every workspace page, theirs included, and on every other organization's executive view", async ({ browser, request }) => {
  const email = uniqueEmail("alpha-client");
  const userId = await createAccount(request, email, "Alpha Client Executive");
  // A second organization in Alpha: a consultancy's clients must never see each other.
  const { randomUUID } = await import("node:crypto");
  const otherId = randomUUID();
  await withE2eDb(async (db) => {
    const { rows } = await db.query<{ id: string }>(`SELECT id FROM "Workspace" WHERE slug = $1`, [f.alpha.slug]);
    await db.query(`INSERT INTO "Organization" (id, "workspaceId", name, "updatedAt") VALUES ($1, $2, 'Alpha Other Client', now())`, [otherId, rows[0]!.id]);
    await db.query(`INSERT INTO "Membership" (id, "userId", "workspaceId", role, "organizationId", "updatedAt") VALUES ($1, $2, $3, 'CLIENT', $4, now())`, [randomUUID(), userId, rows[0]!.id, f.alpha.organizationId]);
  });
  const client = await signedIn(browser, email);
  await client.goto(`/w/${f.alpha.slug}/organizations/${f.alpha.organizationId}/executive`);
  await expect(client.getByRole("heading", { level: 1, name: "Alpha Client: executive view" })).toBeVisible();
  // Their workspace's root leads to their executive view; every other page of it is a 404.
  for (const path of pagesOf(f.alpha).slice(1).filter((path) => !path.endsWith("/executive"))) await expectNotFound(client, path);
  for (const path of pagesOf({ slug: f.alpha.slug, organizationId: otherId }).filter((path) => path.includes(otherId))) await expectNotFound(client, path);
  for (const path of pagesOf(f.beta)) await expectNotFound(client, path);
  await expectNotFound(client, `/w/${f.beta.slug}/organizations/${f.beta.organizationId}/executive`);
  // The same organization id under another workspace's address reaches nothing either.
  await expectNotFound(client, `/w/${f.beta.slug}/organizations/${f.alpha.organizationId}/executive`);
});
