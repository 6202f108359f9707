import { readFile } from "node:fs/promises";

import { expect, test, type Browser, type Page } from "@playwright/test";

import { expectNoSeriousA11yViolations } from "./accessibility";
import { createAccount, createWorkspaceFixture, PASSWORD, signInThroughForm, uniqueEmail } from "./support/accounts";
import { withE2eDb } from "./support/e2e-database";
import { createAnsweredRound, type FixturePerson } from "./support/rounds";

// Who may see the plan and take which export: a viewer reads the plan and downloads the report pack
// but not the organization's JSON; another workspace's owner gets 404s; a consultant moves an
// organization to another workspace through export and import.

type Fixture = { slug: string; otherSlug: string; organizationId: string; roundId: string; emails: { consultant: string; viewer: string; outsider: string } };
let f: Fixture;

const person = (name: string, today: number): FixturePerson => ({ name, group: "Marketing", today, needed: 4 });

test.beforeAll(async ({ request }) => {
  const emails = { consultant: uniqueEmail("plan-consultant"), viewer: uniqueEmail("plan-viewer"), outsider: uniqueEmail("plan-outsider") };
  const ids = {
    consultant: await createAccount(request, emails.consultant, "Plan Consultant"),
    viewer: await createAccount(request, emails.viewer, "Plan Viewer"),
    outsider: await createAccount(request, emails.outsider, "Plan Outsider"),
  };
  const home = await createWorkspaceFixture(
    [
      { userId: ids.consultant, role: "CONSULTANT" },
      { userId: ids.viewer, role: "VIEWER" },
    ],
    [],
  );
  // The consultant also belongs to another workspace, where the organization is imported.
  const other = await createWorkspaceFixture(
    [
      { userId: ids.outsider, role: "OWNER" },
      { userId: ids.consultant, role: "CONSULTANT" },
    ],
    [],
  );
  const { roundId } = await createAnsweredRound(home.slug, { name: "H1 2026", status: "CLOSED", people: [person("A", 1), person("B", 2), person("C", 2)] });
  const organizationId = await withE2eDb(async (db) => (await db.query<{ organizationId: string }>(`SELECT "organizationId" FROM "Round" WHERE id = $1`, [roundId])).rows[0]!.organizationId);
  f = { slug: home.slug, otherSlug: other.slug, organizationId, roundId, emails };
});

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInThroughForm(page, email, PASSWORD);
  await expect(page).toHaveURL(/\/workspaces$/);
  return page;
}

test("a viewer reads the plan and downloads the report pack, but not the organization's JSON", async ({ browser }) => {
  const page = await signedIn(browser, f.emails.viewer);
  await page.goto(`/w/${f.slug}/organizations/${f.organizationId}/plan`);
  await expect(page.getByRole("heading", { name: "Prioritized gaps" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Save target outcomes" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^Move .* up$/ })).toHaveCount(0);
  await expect(page.getByText("No target outcome has been chosen yet.")).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.goto(`/w/${f.slug}/rounds/${f.roundId}/results`);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "PDF report", exact: true }).click()]);
  expect((await readFile((await download.path())!)).subarray(0, 5).toString()).toBe("%PDF-");
  expect(download.suggestedFilename()).toMatch(/^fixture-org-[a-z0-9]+-h1-2026\.pdf$/);

  await page.goto(`/w/${f.slug}/organizations/${f.organizationId}`);
  await expect(page.getByRole("link", { name: "Export this organization (JSON)" })).toHaveCount(0);
  const refused = await page.request.get(`/w/${f.slug}/organizations/${f.organizationId}/export`);
  expect(refused.status()).toBe(403);
  expect(await page.request.get(`/w/${f.slug}/rounds/${f.roundId}/report/docx`).then((response) => response.status())).toBe(404);
});

test("another workspace's owner gets 404 for the plan, every report format and the export", async ({ browser }) => {
  const page = await signedIn(browser, f.emails.outsider);
  const response = await page.goto(`/w/${f.slug}/organizations/${f.organizationId}/plan`);
  expect(response?.status()).toBe(404);
  // With the organization's id under their own workspace, too.
  expect((await page.goto(`/w/${f.otherSlug}/organizations/${f.organizationId}/plan`))?.status()).toBe(404);
  for (const format of ["pdf", "pptx", "xlsx", "csv-answers", "csv-dimensions"]) {
    expect((await page.request.get(`/w/${f.slug}/rounds/${f.roundId}/report/${format}`)).status(), format).toBe(404);
    expect((await page.request.get(`/w/${f.otherSlug}/rounds/${f.roundId}/report/${format}`)).status(), format).toBe(404);
  }
  expect((await page.request.get(`/w/${f.slug}/organizations/${f.organizationId}/export`)).status()).toBe(404);
  expect((await page.request.get(`/w/${f.otherSlug}/organizations/${f.organizationId}/export`)).status()).toBe(404);
  // Signed out: no file either.
  const anonymous = await (await browser.newContext()).request.get(`/w/${f.slug}/rounds/${f.roundId}/report/pdf`);
  expect(anonymous.status()).toBe(401);
});

test("a consultant exports the organization and imports it into another workspace", async ({ browser }) => {
  const page = await signedIn(browser, f.emails.consultant);
  await page.goto(`/w/${f.slug}/organizations/${f.organizationId}`);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Export this organization (JSON)" }).click()]);
  const file = (await download.path())!;
  const document = JSON.parse(await readFile(file, "utf8")) as { format: string; rounds: { participants: unknown[] }[] };
  expect(document.format).toBe("mpem-assessment/organization");
  expect(document.rounds[0]!.participants).toHaveLength(3);

  await page.goto(`/w/${f.otherSlug}`);
  const importForm = page.locator("form").filter({ has: page.getByRole("button", { name: "Import organization" }) });
  // A file that is not an export is refused with a message, and nothing is created.
  await importForm.getByLabel("Organization file (.json)").setInputFiles({ name: "other.json", mimeType: "application/json", buffer: Buffer.from('{"hello":"world"}') });
  await importForm.getByRole("button", { name: "Import organization" }).click();
  await expect(importForm.getByRole("alert")).toHaveText("This is not an organization exported from MPEM Assessment: choose the .json file its organization page exports.");
  await importForm.getByLabel("Organization file (.json)").setInputFiles(file);
  await importForm.getByLabel("Import as (optional)").fill("Moved client");
  await importForm.getByRole("button", { name: "Import organization" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Moved client" })).toBeVisible();
  await expect(page.getByRole("link", { name: "H1 2026", exact: true })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // The owner of the receiving workspace sees the import in its audit log, and the source's the export.
  const owner = await signedIn(browser, f.emails.outsider);
  await owner.goto(`/w/${f.otherSlug}/audit`);
  await expect(owner.getByRole("cell", { name: "Imported an organization (JSON)" })).toBeVisible();
  const exported = await withE2eDb(async (db) => (await db.query(`SELECT 1 FROM "AuditEvent" WHERE action = 'organization.exported' AND "targetId" = $1`, [f.organizationId])).rowCount);
  expect(exported).toBe(1);
});
