import { expect, test } from "@playwright/test";

import { expectNoSeriousA11yViolations } from "./accessibility";
import { signUpThroughForm, uniqueEmail } from "./support/accounts";
import { createAnsweredRound, expectNoHorizontalScroll } from "./support/rounds";

// The round page on a 390 px phone: the participants table scrolls inside its frame, the page never
// scrolls sideways (hidden button labels used to push it to 515–578 px).
test("the round page with participants fits a 390 px phone", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signUpThroughForm(page, { name: "Phil Phone", email: uniqueEmail("phone") });
  const slug = new URL(page.url()).pathname.split("/")[2]!;
  const { roundPath } = await createAnsweredRound(slug, {
    groups: ["Marketing", "IT"],
    people: ["Ana Marketing-Longname", "Ben IT", "Cleo Leadership"].map((name, index) => ({ name, group: index === 1 ? "IT" : "Marketing", today: 2, needed: 4 })),
  });
  await page.goto(roundPath);
  await expect(page.getByRole("row", { name: /Ben IT/ })).toBeVisible();
  await expectNoHorizontalScroll(page);
  await expectNoSeriousA11yViolations(page);
  // The table's own frame can be scrolled with the keyboard.
  const frame = page.getByRole("region", { name: "Participants (scrolls sideways)" });
  await frame.focus();
  await page.keyboard.press("ArrowRight");
  await expect.poll(() => frame.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
});
