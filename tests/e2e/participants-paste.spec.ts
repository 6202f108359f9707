import { expect, test, type Page } from "@playwright/test";

import { expectNoSeriousA11yViolations } from "./accessibility";
import { signUpThroughForm, uniqueEmail } from "./support/accounts";
import { expectNoHorizontalScroll } from "./support/rounds";

// A consultant on a phone pastes people from a spreadsheet, copies their links, and pastes again.

async function newRound(page: Page, label: string): Promise<string> {
  await signUpThroughForm(page, { name: `${label} Consultant`, email: uniqueEmail(label.toLowerCase()) });
  await page.getByLabel("Name", { exact: true }).fill(`${label} Corp`);
  await page.getByRole("button", { name: "Add organization" }).click();
  await page.getByRole("region", { name: "Assessment rounds" }).getByLabel("Name", { exact: true }).fill("H1 2028");
  await page.getByLabel("Participant groups").fill("Marketing\nIT");
  await page.getByRole("button", { name: "Create round" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("H1 2028");
  return page.url();
}

test("a spreadsheet paste with a header row; each link has its own copy button; pasting someone again asks first", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.setViewportSize({ width: 390, height: 844 });
  await newRound(page, "Paste");

  await page.getByLabel("Paste a list").fill("Name\tE-mail\tGroup\nDoe, Jane\tjane.doe@example.test\tmarketing\nRoe, Rick\trick@example.test\tIT");
  await page.getByRole("button", { name: "Add everyone" }).click();
  await expect(page.getByText("2 participants added. Copy the links now: they are shown only once.")).toBeVisible();
  await expect(page.getByRole("row", { name: /Doe, Jane/ }).getByRole("cell", { name: "Marketing", exact: true })).toBeVisible();

  const janeLink = await page.getByRole("textbox", { name: "Link for Doe, Jane" }).inputValue();
  await page.getByRole("button", { name: "Copy the link for Doe, Jane" }).click();
  await expect(page.getByRole("button", { name: "Copied the link for Doe, Jane" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Copied the link for Doe, Jane." })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(janeLink);
  await page.getByRole("button", { name: "Copy all links" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Copied all 2 links." })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`Doe, Jane\t${janeLink}\nRoe, Rick\t${await page.getByRole("textbox", { name: "Link for Roe, Rick" }).inputValue()}`);

  await expectNoHorizontalScroll(page);
  await expectNoSeriousA11yViolations(page);

  // Jane again (her address in capitals) and someone new: nothing is added until the consultant chooses.
  await page.getByLabel("Paste a list").fill("Jane Doe\tJANE.DOE@example.test\tMarketing\nNew Person\t\tit");
  await page.getByRole("button", { name: "Add everyone" }).click();
  await expect(page.getByText("1 person on this list seems to be in the round already.")).toBeVisible();
  await expect(page.getByText("Line 1: Jane Doe is already in this round.")).toBeVisible();
  await expect(page.getByRole("row", { name: /New Person/ })).toHaveCount(0);
  await page.getByRole("button", { name: "Skip them, add the others" }).click();
  await expect(page.getByText("1 participant added, 1 already in the round skipped.")).toBeVisible();
  await expect(page.getByRole("row", { name: /New Person/ }).getByRole("cell", { name: "IT", exact: true })).toBeVisible();
  await expect(page.getByRole("row", { name: /Jane/ })).toHaveCount(1);
  await expectNoHorizontalScroll(page);
  await page.getByRole("region", { name: "Participants", exact: true }).screenshot({ path: "test-results/round-participants-390.png" });
  await page.getByRole("region", { name: "Add participants", exact: true }).screenshot({ path: "test-results/round-add-390.png" });
});

test("without a clipboard (plain http), copying selects the link and says how to copy it by hand", async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, "clipboard", { value: undefined });
    document.execCommand = () => false;
  });
  await newRound(page, "Fallback");
  await page.getByLabel("Paste a list").fill("Ann\nBen");
  await page.getByRole("button", { name: "Add everyone" }).click();
  const annLink = await page.getByRole("textbox", { name: "Link for Ann" }).inputValue();
  await page.getByRole("button", { name: "Copy the link for Ann" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Selected: press Ctrl+C (⌘C on a Mac) to copy." }).first()).toBeVisible();
  expect(await page.evaluate(() => window.getSelection()?.toString() || (document.activeElement as HTMLInputElement | null)?.value.slice((document.activeElement as HTMLInputElement).selectionStart ?? 0, (document.activeElement as HTMLInputElement).selectionEnd ?? 0))).toBe(annLink);

  await page.getByRole("button", { name: "Copy all links" }).click();
  const all = page.getByRole("textbox", { name: "All links, one per line" });
  await expect(all).toBeVisible();
  await expect(all).toBeFocused();
  expect(await all.evaluate((field: HTMLTextAreaElement) => field.value.slice(field.selectionStart, field.selectionEnd))).toContain(annLink);
});
