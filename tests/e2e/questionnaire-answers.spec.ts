import { expect, test, type Page } from "@playwright/test";

import { expectNoSeriousA11yViolations } from "./accessibility";
import { createParticipantFixture } from "./support/accounts";
import { storedAnswer } from "./support/questionnaire";

// What a participant sees about their answers being kept: a field the server would refuse, and the
// same link open on two devices.

/** Every change of the save status, from the moment the page starts, kept on window (read and cleared by `history`). */
async function recordSaveStatus(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    let last = "";
    (window as unknown as { saveStatusHistory: string[] }).saveStatusHistory = seen;
    new MutationObserver(() => {
      const status = document.querySelector("[role=status][data-state]");
      const text = status ? `${status.getAttribute("data-state")}: ${status.textContent}` : "";
      if (text && text !== last) seen.push(text);
      last = text || last;
    }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  });
}

const history = (page: Page) => page.evaluate(() => (window as unknown as { saveStatusHistory: string[] }).saveStatusHistory.splice(0));
const saveStatus = (page: Page) => page.locator("[role=status][data-state]");

test("an evidence link that is not a web address keeps the rest of the answer, and says so until it is fixed", async ({ page }) => {
  const token = await createParticipantFixture();
  await recordSaveStatus(page);
  await page.goto(`/r/${token}`);
  const extent = page.getByRole("region", { name: "Extent", exact: true });
  await extent.getByRole("radio", { name: "Today: Level 2 · Foundational" }).check();
  await extent.getByRole("radio", { name: "Needed: Level 4 · Mature" }).check();
  await expect(saveStatus(page)).toHaveText("All answers saved");
  await history(page); // "saved" was true until now; from the invalid link on, it must not be

  await extent.getByLabel("Evidence link (optional)").fill("sharepoint/x");
  await extent.getByLabel("Comment (optional)").fill("Seen in the Q3 review.");

  const problem = "The evidence link must be a web address starting with https:// or http://. This link is not saved until it is fixed; the rest of this answer is saved.";
  await expect(extent.getByRole("alert")).toHaveText(problem);
  await expect(extent.getByLabel("Evidence link (optional)")).toHaveAttribute("aria-invalid", "true");
  await expect(saveStatus(page)).toHaveText("1 answer needs your attention · Go to Extent");
  await expect(saveStatus(page)).toHaveAttribute("data-state", "warning");
  // What is valid is on the server; the link the server would refuse is not.
  await expect.poll(() => storedAnswer(token, "extent")).toMatchObject({ currentLevel: 2, targetLevel: 4, comment: "Seen in the Q3 review.", evidenceUrl: null });
  expect((await history(page)).filter((text) => text.startsWith("saved")), "the status never said saved while the link was unsaved").toEqual([]);

  // A reload (or a closed tab) keeps the link in error and its message; the comment is still there.
  await page.reload();
  const reloaded = page.getByRole("region", { name: "Extent", exact: true });
  await expect(reloaded.getByLabel("Comment (optional)")).toHaveValue("Seen in the Q3 review.");
  await expect(reloaded.getByLabel("Evidence link (optional)")).toHaveValue("sharepoint/x");
  await expect(reloaded.getByRole("alert")).toHaveText(problem);
  await expect(saveStatus(page)).toHaveText("1 answer needs your attention · Go to Extent");
  await expectNoSeriousA11yViolations(page);

  // The status points at the question; fixing the link saves it, and only then does it say saved.
  await saveStatus(page).getByRole("link", { name: "Go to Extent" }).click();
  await expect(page).toHaveURL(/#question-extent$/);
  await reloaded.getByLabel("Evidence link (optional)").fill("https://intranet.example/q3-review");
  await expect(saveStatus(page)).toHaveText("All answers saved");
  await expect(reloaded.getByRole("alert")).toHaveCount(0);
  expect(await storedAnswer(token, "extent")).toMatchObject({ comment: "Seen in the Q3 review.", evidenceUrl: "https://intranet.example/q3-review" });
  expect((await history(page)).filter((text) => text.startsWith("saved")), "saved only once the link was fixed").toEqual(["saved: All answers saved"]);
});

test("two devices on one link: the later edit is kept, and both show it", async ({ browser }) => {
  const token = await createParticipantFixture();
  const phoneContext = await browser.newContext();
  const laptopContext = await browser.newContext();
  try {
    const phone = await phoneContext.newPage();
    const laptop = await laptopContext.newPage();
    await phone.goto(`/r/${token}`);
    await laptop.goto(`/r/${token}`);
    const extentOn = (page: Page) => page.getByRole("region", { name: "Extent", exact: true });

    // The same number of edits on each device, so per-device counters would collide.
    await extentOn(phone).getByRole("radio", { name: "Today: Level 2 · Foundational" }).check();
    await extentOn(phone).getByRole("radio", { name: "Needed: Level 4 · Mature" }).check();
    await expect(saveStatus(phone)).toHaveText("All answers saved");
    await expect.poll(() => storedAnswer(token, "extent")).toMatchObject({ currentLevel: 2, targetLevel: 4 });

    await extentOn(laptop).getByRole("radio", { name: "Today: Level 3 · Intermediate" }).check();
    await extentOn(laptop).getByRole("radio", { name: "Needed: Level 5 · Leader" }).check();
    await expect(saveStatus(laptop)).toHaveText("All answers saved");
    // The laptop said "saved": the server must hold the laptop's answer, the later edit.
    expect(await storedAnswer(token, "extent")).toMatchObject({ currentLevel: 3, targetLevel: 5 });

    // The phone shows what the server kept as soon as it is looked at again. Headless Chromium does
    // not move window focus between contexts, so the focus event a browser fires is sent by hand.
    await phone.bringToFront();
    await phone.evaluate(() => window.dispatchEvent(new Event("focus")));
    await expect(extentOn(phone).getByRole("radio", { name: "Today: Level 3 · Intermediate" })).toBeChecked();
    await expect(extentOn(phone).getByRole("radio", { name: "Needed: Level 5 · Leader" })).toBeChecked();
    await expect(saveStatus(phone)).toHaveText("All answers saved");

    for (const page of [phone, laptop]) {
      await page.reload();
      await expect(extentOn(page).getByRole("radio", { name: "Today: Level 3 · Intermediate" })).toBeChecked();
      await expect(extentOn(page).getByRole("radio", { name: "Needed: Level 5 · Leader" })).toBeChecked();
    }
  } finally {
    await phoneContext.close();
    await laptopContext.close();
  }
});

test("an answer the server refuses for a reason the page did not foresee is kept, with the server's message", async ({ page }) => {
  const token = await createParticipantFixture();
  await page.goto(`/r/${token}`);
  const culture = page.getByRole("region", { name: "Culture", exact: true });
  await culture.getByRole("radio", { name: "Today: Level 1 · Basic" }).check();
  await culture.getByRole("radio", { name: "Needed: Level 3 · Intermediate" }).check();
  await expect(saveStatus(page)).toHaveText("All answers saved");
  // A control character pasted from another program: the page has no rule for it, the server does.
  await culture.getByLabel("Comment (optional)").fill("Pasted from the report\u0007");
  await expect(culture.getByRole("alert")).toHaveText("Not saved: Comment contains characters that are not allowed. Change the answer to try again.");
  await expect(saveStatus(page)).toHaveText("1 answer needs your attention · Go to Culture");
  await page.reload();
  const reloaded = page.getByRole("region", { name: "Culture", exact: true });
  await expect(reloaded.getByLabel("Comment (optional)")).toHaveValue("Pasted from the report\u0007");
  await expect(reloaded.getByRole("alert")).toContainText("Comment contains characters that are not allowed.");
  await reloaded.getByLabel("Comment (optional)").fill("Pasted from the report");
  await expect(saveStatus(page)).toHaveText("All answers saved");
  expect(await storedAnswer(token, "culture")).toMatchObject({ currentLevel: 1, targetLevel: 3, comment: "Pasted from the report" });
});
