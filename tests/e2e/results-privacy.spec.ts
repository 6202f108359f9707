import { expect, test } from "@playwright/test";

import { expectNoSeriousA11yViolations } from "./accessibility";
import { signUpThroughForm, uniqueEmail } from "./support/accounts";
import { createAnsweredRound, expectNoHorizontalScroll, type FixturePerson } from "./support/rounds";

// Participants' answers are confidential: a reader of the results must not be able to work out what
// one person answered, through a small group, a tagged comment, or by subtracting groups.

const person = (name: string, group: string | null, today: number, comment?: string): FixturePerson => ({ name, group, today, needed: 5, comment });

test("small groups are folded into Other, their comments carry no group, and the rule is stated", async ({ page }) => {
  await signUpThroughForm(page, { name: "Pri Vacy", email: uniqueEmail("privacy"), workspaceName: "Privacy Partners" });
  const slug = new URL(page.url()).pathname.split("/")[2]!;
  const { roundPath } = await createAnsweredRound(slug, {
    groups: ["Marketing", "IT", "Leadership"],
    people: [
      person("M1", "Marketing", 2),
      person("M2", "Marketing", 2),
      person("M3", "Marketing", 3),
      person("I1", "IT", 3),
      person("I2", "IT", 4),
      person("I3", "IT", 4),
      // Two leaders and one person without a group: too few to show on their own.
      person("L1", "Leadership", 1, "The board will not fund this."),
      person("L2", "Leadership", 5),
      person("N1", null, 3),
    ],
  });
  await page.goto(`${roundPath}/results`);
  const table = page.getByRole("table", { name: /Median level by group/ });
  await expect(table.getByRole("columnheader")).toHaveText(["Dimension", "Marketing · 3 people", "IT · 3 people", "Other · 3 people (Leadership, No group)"]);
  await expect(page.getByText("Leadership ·")).toHaveCount(0);
  const comment = page.getByRole("listitem").filter({ hasText: "The board will not fund this." });
  await expect(comment).toHaveText("The board will not fund this.");
  const rule = page.getByRole("region", { name: "How participants' answers are protected" });
  await expect(rule).toContainText("Every figure shown rests on the answers of at least 3 people");
  await expect(rule).toContainText('Groups with fewer than 3 participants who answered are folded into "Other"');
  await expectNoSeriousA11yViolations(page);

  // The consultant raises the minimum to 4: no group holds four, so no split is shown at all.
  await page.goto(roundPath);
  await page.getByLabel("Minimum group size").fill("2");
  await page.getByRole("button", { name: "Save minimum" }).click();
  await expect(page.getByText("The minimum is at least 3: below that one person's answers could be worked out.")).toBeVisible();
  await page.getByLabel("Minimum group size").fill("4");
  await page.getByRole("button", { name: "Save minimum" }).click();
  await expect(page.getByText("Saved: results show only figures from at least 4 people.")).toBeVisible();
  await page.goto(`${roundPath}/results`);
  await expect(page.getByRole("table", { name: /Median level by group/ })).toHaveCount(0);
  await expect(page.getByText("The comparison appears once at least two groups each have 4 or more participants with answers")).toBeVisible();
  await expect(page.getByRole("region", { name: "How participants' answers are protected" })).toContainText("at least 4 people");
});

test("a round answered by two people shows no figures, only how many answered and what it takes", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signUpThroughForm(page, { name: "Tiny Round", email: uniqueEmail("tiny") });
  const slug = new URL(page.url()).pathname.split("/")[2]!;
  const { roundPath } = await createAnsweredRound(slug, { people: [person("A", null, 1, "Only me here."), person("B", null, 4), { ...person("C", null, 3), answered: false }] });
  await page.goto(`${roundPath}/results`);
  await expect(page.getByRole("heading", { name: "Not enough answers to show yet" })).toBeVisible();
  await expect(page.getByText("2 participants have answered so far. To protect their answers, results appear once at least 3 people have answered.")).toBeVisible();
  await expect(page.getByRole("table")).toHaveCount(0);
  await expect(page.getByText("Only me here.")).toHaveCount(0);
  await expectNoHorizontalScroll(page);
  await expectNoSeriousA11yViolations(page);
});
