import { readFile } from "node:fs/promises";

import { expect, test } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { extractText } from "unpdf";

import { tcsDataMaturity } from "../../src/domain/frameworks/tcs-data-maturity";
import { expectNoSeriousA11yViolations } from "./accessibility";
import { signUpThroughForm, uniqueEmail } from "./support/accounts";
import { addPeopleAndOpen, answerAllAs, createRoundOn } from "./support/frameworks";
import { expectNoHorizontalScroll } from "./support/rounds";

// Issue 11: a consultant runs a round on the TCS data maturity model (three levels, four aspects):
// the questionnaire, the round page and the results all speak that model, not MPEM. Three people
// answer rather than the two, because results show nothing resting on fewer than three
// people (the privacy minimum cannot go lower). The PDF and the CSV of levels name the TCS scale.

test("a consultant creates a TCS round; participants answer; the results show a 4-axis radar on its three levels", async ({ browser, page }) => {
  // Three people answer in their own browsers and a PDF is printed: generous on a loaded 2-core machine.
  test.setTimeout(180_000);
  await signUpThroughForm(page, { name: "Tess Consultant", email: uniqueEmail("tess"), workspaceName: "TCS Testers" });
  await page.getByLabel("Name", { exact: true }).fill("Initech Retail");
  await page.getByRole("button", { name: "Add organization" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Initech Retail" })).toBeVisible();
  await expect(page.getByLabel("Framework")).toHaveValue("mpem@1.0");
  await expectNoSeriousA11yViolations(page);

  const roundUrl = await createRoundOn(page, "Data H1 2027", "TCS data maturity 1.0: TCS Personalized Data Maturity Model (4 dimensions, 3 levels)");
  await expect(page.getByRole("link", { name: "TCS Personalized Data Maturity Model" })).toBeVisible();
  const links = await addPeopleAndOpen(page, "Ana Sales, Marketing\nBen Service, IT\nCleo Data, Leadership");

  // Aspects in order: contact frequency, personal data usage, offer positioning, offer messaging.
  const ana = await answerAllAs(browser, links[0]!, tcsDataMaturity, () => ({ today: 1, needed: 3 }));
  await expect(ana.getByText("This questionnaire uses the TCS Personalized Data Maturity Model (TCS data maturity)")).toBeVisible();
  await expect(ana.getByText("Each has 3 levels, from Emerging (1) to Leading (3)")).toBeVisible();
  await expect(ana.getByRole("radio", { name: /Level 4/ })).toHaveCount(0);
  await expectNoSeriousA11yViolations(ana);
  // The save endpoint itself refuses a level the model does not have, with a message naming its scale.
  const refused = await ana.request.post(`${links[0]!.replace("/r/", "/api/r/")}/answers`, {
    data: { dimensionId: "offer-messaging", currentLevel: 5, currentDontKnow: false, targetLevel: null, targetDontKnow: true, comment: "", deviceId: "e2e-device-0123456789", deviceRevision: 99 },
  });
  expect(refused.status()).toBe(422);
  expect((await refused.json()).message).toBe("Level 5 is not on this framework's scale of 1–3.");

  await answerAllAs(browser, links[1]!, tcsDataMaturity, (id) => ({ today: id === "personal-data-usage" ? 3 : 2, needed: 3 }));
  await answerAllAs(browser, links[2]!, tcsDataMaturity, () => ({ today: 2, needed: 3 }));

  await page.goto(roundUrl);
  await expect(page.getByRole("row", { name: /Cleo Data/ })).toContainText("4 / 4");
  await page.getByRole("link", { name: "See the results" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Results: Data H1 2027");
  await expect(page.getByRole("link", { name: "TCS Personalized Data Maturity Model" })).toBeVisible();
  const radar = page.getByRole("figure").filter({ has: page.locator(".recharts-surface") }).first();
  await expect(radar.locator(".recharts-polar-angle-axis-tick")).toHaveCount(4);
  await expect(radar.locator("figcaption")).toContainText("on the TCS data maturity scale: 1 = Emerging, 2 = Practicing, 3 = Leading.");
  const table = page.getByRole("table", { name: /Levels by dimension/ });
  await expect(table.getByRole("row")).toHaveCount(5);
  // Personal data usage: today 1, 3, 2 → 2; needed 3.
  await expect(table.getByRole("row", { name: /^Personal data usage/ })).toContainText(/Personal data usage\s*2\s*3\s*\+1/);
  await expect(page.getByText("Next level, 3 · Leading:").first()).toBeVisible();
  await expect(page.locator("main")).not.toContainText(/MPEM|Level 5|Leader\b/);
  await expectNoSeriousA11yViolations(page);

  // The report pack speaks the round's model too: the PDF names the TCS levels, never MPEM's.
  const [pdfDownload] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "PDF report", exact: true }).click()]);
  const { text: pdfPages } = await extractText(new Uint8Array(await readFile((await pdfDownload.path())!)), { mergePages: false });
  const pdfText = pdfPages.join("\n");
  for (const level of ["Emerging", "Practicing", "Leading"]) expect(pdfText).toContain(level);
  expect(pdfText).toContain("TCS Personalized Data Maturity Model");
  expect(pdfText).not.toMatch(/\bLeader\b|Foundational/);
  const [csvDownload] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "CSV of levels by dimension", exact: true }).click()]);
  const levels = parse(await readFile((await csvDownload.path())!), { bom: true, columns: true }) as Record<string, string>[];
  expect(levels).toHaveLength(4);

  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await expectNoHorizontalScroll(page);
});
