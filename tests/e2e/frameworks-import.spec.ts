import { readFileSync } from "node:fs";
import path from "node:path";

import { expect, test } from "@playwright/test";

import { parseFrameworkFile } from "../../src/domain/framework/framework-file";
import { expectNoSeriousA11yViolations } from "./accessibility";
import { signUpThroughForm, uniqueEmail } from "./support/accounts";
import { addPeopleAndOpen, answerAllAs, createRoundOn } from "./support/frameworks";
import { expectNoHorizontalScroll } from "./support/rounds";

// Issue 11: a consultancy imports its own 4-level model from a file. The first file has one mistake
// (a misspelt key): the page names its line; the corrected file imports, has its own page, and a
// round runs on it. Three people answer because results need at least three.

const goodFile = readFileSync(path.join(process.cwd(), "tests/fixtures/frameworks/acme-customer-data.yaml"), "utf8");
const badFile = goodFile.replace("    includesItems:\n", "    includeItems:\n");
const parsed = parseFrameworkFile(goodFile);
if (!parsed.ok) throw new Error("the fixture must be a valid framework");
const acme = parsed.framework;

test("a consultant imports a 4-level model (fixing the line the page names), runs a round on it, and sees its levels in the results", async ({ browser, page }) => {
  test.setTimeout(120_000);
  await signUpThroughForm(page, { name: "Iris Importer", email: uniqueEmail("iris"), workspaceName: "Acme Consulting" });
  const workspaceUrl = page.url();
  await page.getByLabel("Name", { exact: true }).fill("Globex");
  await page.getByRole("button", { name: "Add organization" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Globex" })).toBeVisible();
  const organizationUrl = page.url();

  await page.getByRole("navigation", { name: "Workspace sections" }).getByRole("link", { name: "Frameworks" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Frameworks" })).toBeVisible();
  await expect(page.getByText("No model imported yet.")).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByLabel("Model file (JSON or YAML)").setInputFiles({ name: "acme.yaml", mimeType: "application/yaml", buffer: Buffer.from(badFile) });
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "The file was not imported: 1 problem to fix." })).toBeVisible();
  await expect(page.getByRole("list", { name: "What to fix" }).getByRole("listitem")).toHaveText([
    "Line 70, column 5: dimensions[2].includeItems: is not a field here (check its spelling)",
  ]);
  await expect(page.getByText("No model imported yet.")).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByLabel("Model file (JSON or YAML)").setInputFiles({ name: "acme.yaml", mimeType: "application/yaml", buffer: Buffer.from(goodFile) });
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Imported Acme Customer Data Model, version 2.1." })).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "imported by Iris Importer" }).last()).toContainText("Version 2.1 (latest) · 3 dimensions, 4 levels");

  // Its own page, for members of this workspace only.
  await page.getByRole("link", { name: "See Acme Customer Data Model, version 2.1" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Acme Customer Data Model" })).toBeVisible();
  await expect(page.getByText("It has 2 categories, 3 dimensions and 4 levels.")).toBeVisible();
  await expect(page.getByRole("list", { name: "Targeting: the levels" }).getByRole("listitem")).toHaveCount(4);
  await expectNoSeriousA11yViolations(page);
  const modelUrl = page.url();
  const outsider = await (await browser.newContext()).newPage();
  await signUpThroughForm(outsider, { name: "Otto Outsider", email: uniqueEmail("otto") });
  expect((await outsider.goto(new URL(modelUrl).pathname + new URL(modelUrl).search))?.status()).toBe(404);

  // A round on it.
  await page.goto(organizationUrl);
  await createRoundOn(page, "Acme H1 2027", "Acme CDM 2.1: Acme Customer Data Model (3 dimensions, 4 levels)");
  await expect(page.getByRole("link", { name: "Acme Customer Data Model" })).toBeVisible();
  const links = await addPeopleAndOpen(page, "Ana, Marketing\nBen, IT\nCleo, Leadership");
  const ana = await answerAllAs(browser, links[0]!, acme, () => ({ today: 2, needed: 4 }));
  await expect(ana.getByText("Each has 4 levels, from Ad hoc (1) to Optimized (4)")).toBeVisible();
  await answerAllAs(browser, links[1]!, acme, () => ({ today: 3, needed: 4 }));
  await answerAllAs(browser, links[2]!, acme, () => ({ today: 1, needed: 3 }));

  await page.getByRole("link", { name: "See the results" }).click();
  const radar = page.getByRole("figure").filter({ has: page.locator(".recharts-surface") }).first();
  await expect(radar.locator(".recharts-polar-angle-axis-tick")).toHaveCount(3);
  await expect(radar.locator("figcaption")).toContainText("on the Acme CDM scale: 1 = Ad hoc, 2 = Repeatable, 3 = Managed, 4 = Optimized.");
  await expect(page.getByRole("table", { name: /Levels by dimension/ }).getByRole("row", { name: /^Consent and preferences/ })).toContainText(/Consent and preferences\s*2\s*4\s*\+2/);
  await expect(page.getByText("Next level, 3 · Managed:").first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${workspaceUrl}/frameworks`);
  await expectNoHorizontalScroll(page);
  await page.goto(modelUrl);
  await expectNoHorizontalScroll(page);
});
