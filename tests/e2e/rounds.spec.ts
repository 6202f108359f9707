import { expect, test, type Browser, type Page } from "@playwright/test";

import { mpem } from "../../src/domain/frameworks/mpem";
import { expectNoSeriousA11yViolations } from "./accessibility";
import { signUpThroughForm, uniqueEmail } from "./support/accounts";

// The heart of the product, end to end: a consultant sets up a round, three stakeholders answer on
// their own devices (one of them losing the connection half-way), and the results add up.

const levelName = (rank: number) => `Level ${rank} · ${mpem.levels[rank - 1]!.name}`;

async function choose(page: Page, dimensionName: string, field: "Today" | "Needed", choice: number | "dont-know") {
  const question = page.getByRole("region", { name: dimensionName, exact: true });
  await question.getByRole("radio", { name: `${field}: ${choice === "dont-know" ? "Don't know" : levelName(choice)}` }).check();
}

type Dimension = { id: string; name: string };

async function answerAll(page: Page, answers: (dimensionId: string) => { today: number | "dont-know"; needed: number; comment?: string }, dimensions: readonly Dimension[] = mpem.dimensions) {
  for (const dimension of dimensions) {
    const answer = answers(dimension.id);
    await choose(page, dimension.name, "Today", answer.today);
    await choose(page, dimension.name, "Needed", answer.needed);
    if (answer.comment) await page.getByRole("region", { name: dimension.name, exact: true }).getByLabel("Comment (optional)").fill(answer.comment);
  }
}

async function openAs(browser: Browser, url: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(url);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Hello");
  return page;
}

test("a consultant runs a round; three participants answer; the results add up", async ({ browser, page }) => {
  test.setTimeout(120_000);
  await signUpThroughForm(page, { name: "Consuela Consultant", email: uniqueEmail("consuela"), workspaceName: "Round Testers" });
  const workspaceUrl = page.url();
  await page.getByLabel("Name", { exact: true }).fill("Globex Retail");
  await page.getByRole("button", { name: "Add organization" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Globex Retail" })).toBeVisible();

  await page.getByLabel("Name", { exact: true }).first().fill("H1 2027");
  await page.getByRole("button", { name: "Create round" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("H1 2027");
  const roundUrl = page.url();

  await page.getByLabel("Paste a list").fill("Ana Marketing, ana@example.test, Marketing\nBen IT, IT\nCleo Lead, cleo@example.test, Leadership");
  await page.getByRole("button", { name: "Add everyone" }).click();
  await expect(page.getByText("3 participants added.")).toBeVisible();
  const links = await page.getByLabel(/^Link for /).evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
  expect(links).toHaveLength(3);
  await page.getByRole("button", { name: "Open the round" }).click();
  await expect(page.getByText("The round is open: participants can answer.")).toBeVisible();

  // Ana: today 2, needed 4 everywhere.
  const ana = await openAs(browser, links[0]!);
  await expectNoSeriousA11yViolations(ana);
  await answerAll(ana, () => ({ today: 2, needed: 4 }));
  await expect(ana.getByText("11 / 11 answered")).toBeVisible();
  await expect(ana.getByRole("status").filter({ hasText: "All answers saved" })).toBeVisible();

  // Ben: today 3, needed 4, but cannot judge technology today.
  const ben = await openAs(browser, links[1]!);
  await answerAll(ben, (id) => ({ today: id === "technology" ? "dont-know" : 3, needed: 4 }));
  await expect(ben.getByRole("status").filter({ hasText: "All answers saved" })).toBeVisible();

  // Cleo: loses the network after four dimensions, keeps answering, comes back.
  const cleo = await openAs(browser, links[2]!);
  const cleoAnswer = (id: string) => ({ today: 1, needed: 5, comment: id === "culture" ? "Leadership sees culture as the blocker." : undefined });
  await answerAll(cleo, cleoAnswer, mpem.dimensions.slice(0, 4));
  await expect(cleo.getByRole("status").filter({ hasText: "All answers saved" })).toBeVisible();
  await cleo.context().setOffline(true);
  await answerAll(cleo, cleoAnswer, mpem.dimensions.slice(4));
  await expect(cleo.getByRole("status").filter({ hasText: "Offline" })).toBeVisible();
  await cleo.context().setOffline(false);
  await cleo.evaluate(() => window.dispatchEvent(new Event("online")));
  await expect(cleo.getByRole("status").filter({ hasText: "All answers saved" })).toBeVisible({ timeout: 15_000 });
  await cleo.getByRole("button", { name: "Submit my answers" }).click();
  await expect(cleo.getByText("Thank you: your answers are submitted.")).toBeVisible();

  // Reopening a link resumes exactly where the participant was, and shows only their own answers.
  const anaAgain = await openAs(browser, links[0]!);
  await expect(anaAgain.getByText("11 / 11 answered")).toBeVisible();
  await expect(anaAgain.getByRole("region", { name: "Extent", exact: true }).getByRole("radio", { name: `Today: ${levelName(2)}` })).toBeChecked();
  await expect(anaAgain.getByRole("region", { name: "Extent", exact: true }).getByRole("radio", { name: `Today: ${levelName(1)}` })).not.toBeChecked();

  await page.goto(roundUrl);
  await expect(page.getByRole("row", { name: /Cleo Lead/ })).toContainText("11 / 11");
  await expect(page.getByRole("row", { name: /Cleo Lead/ })).toContainText("Finished");

  await page.getByRole("link", { name: "See the results" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Results: H1 2027");
  const table = page.getByRole("table", { name: /Levels by dimension/ });
  // Extent: today 2, 3, 1 → median 2; needed 4, 4, 5 → 4.
  await expect(table.getByRole("row", { name: /^Extent/ })).toContainText(/Extent\s*2\s*4\s*\+2\s*1–3\s*4–5\s*3\s*0 \/ 0/);
  // Technology: 2, don't know, 1 → only two levels today: withheld, so nobody can work out who said what.
  await expect(table.getByRole("row", { name: /^Technology/ })).toContainText(/Technology\s*— \(too few answers\)\s*4\s*—\s*—\s*4–5\s*3\s*1 \/ 0/);
  await expect(page.locator(".recharts-surface").first()).toBeVisible();
  await expect(page.getByText("Leadership sees culture as the blocker.")).toBeVisible();
  // One person per group: no group split, and the comment does not say which group wrote it.
  await expect(page.getByRole("table", { name: /Median level by group/ })).toHaveCount(0);
  await expect(page.getByRole("listitem").filter({ hasText: "Leadership sees culture as the blocker." })).toHaveText("Leadership sees culture as the blocker.");
  await expectNoSeriousA11yViolations(page);

  // Closing the round stops answers, and the participant is told so.
  await page.goto(roundUrl);
  await page.getByRole("button", { name: "Close the round" }).click();
  const confirmClose = page.getByRole("dialog", { name: "Close H1 2027?" });
  await expect(confirmClose).toContainText("Participants can no longer change their answers");
  await confirmClose.getByRole("button", { name: "Close the round" }).click();
  await expect(page.getByText("The round is closed")).toBeVisible();
  await ana.reload();
  await expect(ana.getByText("This round is closed. Your answers are shown below and can no longer be changed.")).toBeVisible();
  await expect(ana.getByRole("region", { name: "Extent", exact: true }).getByRole("radio", { name: `Today: ${levelName(3)}` })).toBeDisabled();

  // Someone from another workspace cannot reach this round at all.
  const outsider = await (await browser.newContext()).newPage();
  await signUpThroughForm(outsider, { name: "Otto Outsider", email: uniqueEmail("otto") });
  const response = await outsider.goto(new URL(roundUrl).pathname);
  expect(response?.status()).toBe(404);
  expect((await outsider.goto(`${new URL(roundUrl).pathname}/results`))?.status()).toBe(404);
  expect(workspaceUrl).not.toBe(outsider.url());
});

test("a made-up or withdrawn link gets a clear page, not a crash", async ({ page }) => {
  const response = await page.goto(`/r/${"A".repeat(43)}`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { name: "This questionnaire cannot be opened" })).toBeVisible();
  await expect(page.getByText("This link does not open a questionnaire.")).toBeVisible();
});
