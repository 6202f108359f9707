import { expect, test } from "@playwright/test";

import { mpem } from "../../src/domain/frameworks/mpem";
import { expectNoSeriousA11yViolations } from "./accessibility";
import { createWorkspaceFixture } from "./support/accounts";
import { createFollowUpFixture } from "./support/follow-up";
import { storedAnswer } from "./support/questionnaire";
import { expectNoHorizontalScroll } from "./support/rounds";

// A re-assessment takes minutes on a phone: every dimension confirmed with one tap each, in a list
// that fits a 390 px screen, saved the usual way.

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test("a participant confirms last time's answers with one tap per dimension on a phone @phone", async ({ page }) => {
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
  for (const dimension of mpem.dimensions) await review.getByRole("button", { name: `Unchanged: ${dimension.name}` }).tap();
  await expect(review.getByText("11 of 11 done")).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "All answers saved" })).toBeVisible({ timeout: 15_000 });
  test.info().annotations.push({ type: "confirm-all", description: `${Date.now() - started} ms for 11 taps and the saves` });
  await expect(review.getByRole("button", { name: /^Kept as last time: / })).toHaveCount(11);
  await expectNoHorizontalScroll(page);

  for (const dimension of mpem.dimensions) expect(await storedAnswer(token, dimension.id), dimension.id).toMatchObject({ currentLevel: 2, targetLevel: 3, comment: null });
  // A reload shows the confirmed answers as the server holds them.
  await page.reload();
  await expect(page.getByText("11 / 11 answered")).toBeVisible();
});
