import { expect, test } from "@playwright/test";

import { mpem } from "../../src/domain/frameworks/mpem";
import { expectNoSeriousA11yViolations } from "./accessibility";
import { createWorkspaceFixture } from "./support/accounts";
import { createFollowUpFixture } from "./support/follow-up";
import { storedAnswer } from "./support/questionnaire";
import { expectNoHorizontalScroll } from "./support/rounds";

// A re-assessment takes minutes on a phone: ten dimensions confirmed with one tap each in a list that
// fits a 390 px screen, one changed with a reason, all saved the usual way.

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test("a participant confirms last time's answers with one tap each and changes one, on a phone @phone", async ({ page }) => {
  const { organizationIds } = await createWorkspaceFixture([], ["Phone Co"]);
  const token = await createFollowUpFixture(organizationIds[0]!);
  await page.goto(`/r/${token}`);
  const review = page.getByRole("region", { name: "What has changed since H1 2026?" });
  await expect(review).toBeVisible();
  await expect(review.getByRole("listitem").first()).toContainText("You said");
  // Quinn, Ray and Pat answered 2, 3, 3 today and 3, 4, 5 needed: the round's medians.
  await expect(review.getByRole("listitem").first()).toContainText("Round:today 3, needed 4 (median)");
  await expectNoHorizontalScroll(page);
  await expectNoSeriousA11yViolations(page);

  const started = Date.now();
  for (const dimension of mpem.dimensions.filter((entry) => entry.id !== "culture")) await review.getByRole("button", { name: `Unchanged: ${dimension.name}` }).tap();
  await expect(review.getByText("10 of 11 done")).toBeVisible();
  test.info().annotations.push({ type: "confirm-ten", description: `${Date.now() - started} ms for 10 taps` });

  // "Change" brings the full question into view (on a phone it replaces the one shown).
  await review.getByRole("link", { name: "Change: Culture" }).tap();
  const culture = page.getByRole("region", { name: "Culture", exact: true });
  await expect(culture).toBeInViewport();
  await culture.getByRole("radio", { name: "Today: Level 3 · Intermediate" }).check();
  await culture.getByRole("radio", { name: "Needed: Level 4 · Mature" }).check();
  await culture.getByLabel("What changed since last time? (optional)").fill("A new head of CX.");
  await expect(review.getByText("11 of 11 done")).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "All answers saved" })).toBeVisible({ timeout: 15_000 });
  await expect(review.getByRole("button", { name: /^Kept as last time: / })).toHaveCount(10);
  await expectNoHorizontalScroll(page);

  for (const dimension of mpem.dimensions.filter((entry) => entry.id !== "culture")) {
    expect(await storedAnswer(token, dimension.id), dimension.id).toMatchObject({ currentLevel: 2, targetLevel: 3, comment: null });
  }
  expect(await storedAnswer(token, "culture")).toMatchObject({ currentLevel: 3, targetLevel: 4, comment: "A new head of CX." });
  // A reload shows the confirmed answers as the server holds them.
  await page.reload();
  await expect(page.getByText("11 / 11 answered")).toBeVisible();
});
