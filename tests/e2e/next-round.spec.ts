import { createHash } from "node:crypto";

import { expect, test, type APIRequestContext, type Browser, type Page } from "@playwright/test";

import { mpem } from "../../src/domain/frameworks/mpem";
import { addDays, toIsoDate } from "../../src/domain/history/calendar";
import { nextRoundName, proposeNextDates } from "../../src/domain/history/next-round";
import { expectNoSeriousA11yViolations } from "./accessibility";
import { signUpThroughForm, uniqueEmail } from "./support/accounts";
import { withE2eDb } from "./support/e2e-database";
import { expectNoHorizontalScroll } from "./support/rounds";

// Re-assessment every six months, end to end: a consultant closes a round, starts the next one from
// it with the same people (new links), two of them confirm most dimensions with one tap and change
// two, and the round closes with exactly those answers stored.

const levelName = (rank: number) => `Level ${rank} · ${mpem.levels[rank - 1]!.name}`;

/** A save through the questionnaire's own endpoint, as the browser sends it. */
async function answerThroughApi(request: APIRequestContext, link: string, levels: (dimensionId: string, index: number) => { today: number; needed: number }) {
  const token = new URL(link).pathname.split("/").pop()!;
  for (const [index, dimension] of mpem.dimensions.entries()) {
    const { today, needed } = levels(dimension.id, index);
    const response = await request.post(`/api/r/${token}/answers`, {
      data: { dimensionId: dimension.id, currentLevel: today, currentDontKnow: false, targetLevel: needed, targetDontKnow: false, comment: "", evidenceUrl: "", deviceId: `e2e-device-${token.slice(0, 12)}`, deviceRevision: 1 },
    });
    expect(response.status(), await response.text()).toBe(200);
  }
}

async function storedAnswers(link: string) {
  const token = new URL(link).pathname.split("/").pop()!;
  return withE2eDb(async (db) => {
    const { rows } = await db.query<{ dimensionId: string; currentLevel: number; targetLevel: number; comment: string | null; status: string; name: string }>(
      `SELECT r."dimensionId", r."currentLevel", r."targetLevel", r.comment, rd.status::text AS status, rd.name
       FROM "Response" r JOIN "Participant" p ON p.id = r."participantId" JOIN "Round" rd ON rd.id = p."roundId"
       WHERE p."tokenHash" = $1`,
      [createHash("sha256").update(token).digest("hex")],
    );
    return new Map(rows.map((row) => [row.dimensionId, row]));
  });
}

async function openLink(browser: Browser, link: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Hello");
  return page;
}

/** The follow-up: "Unchanged" everywhere but two dimensions, which get new levels and a reason. */
async function confirmMostAndChangeTwo(page: Page, changes: Record<string, { today: number; needed: number; why: string }>) {
  const review = page.getByRole("region", { name: /What has changed since/ });
  for (const dimension of mpem.dimensions) {
    const change = changes[dimension.id];
    if (!change) {
      await review.getByRole("button", { name: `Unchanged: ${dimension.name}` }).click();
      continue;
    }
    await review.getByRole("link", { name: `Change: ${dimension.name}` }).click();
    const question = page.getByRole("region", { name: dimension.name, exact: true });
    await question.getByRole("radio", { name: `Today: ${levelName(change.today)}` }).check();
    await question.getByRole("radio", { name: `Needed: ${levelName(change.needed)}` }).check();
    await expect(question.getByLabel("What changed since last time? (optional)")).toBeVisible();
    await question.getByLabel("What changed since last time? (optional)").fill(change.why);
  }
  await expect(page.getByText("11 / 11 answered")).toBeVisible();
  await expect(review.getByText("11 of 11 done")).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "All answers saved" })).toBeVisible({ timeout: 15_000 });
}

test("close a round, start the next from it, two people confirm most dimensions and change two, close it", async ({ browser, page, request }) => {
  test.setTimeout(180_000);
  const today = toIsoDate(new Date());
  await signUpThroughForm(page, { name: "Rena Reassess", email: uniqueEmail("rena"), workspaceName: "Reassessors" });
  await page.getByLabel("Name", { exact: true }).fill("Initech");
  await page.getByRole("button", { name: "Add organization" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Initech" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Next re-assessment" })).toContainText("Due six months after the first round closes.");

  // The first round, answered by three people, then closed.
  await page.getByLabel("Name", { exact: true }).first().fill("Kick-off");
  await page.getByLabel("Opens on (optional)").fill(today);
  await page.getByLabel("Closes on (optional)").fill(addDays(today, 10));
  await page.getByRole("button", { name: "Create round" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Kick-off");
  await page.getByLabel("Paste a list").fill("Ana Analyst, ana@initech.test, Marketing\nBen Builder, ben@initech.test, IT\nCleo Chief, cleo@initech.test, Leadership");
  await page.getByRole("button", { name: "Add everyone" }).click();
  await expect(page.getByText("3 participants added.")).toBeVisible();
  const oldLinks = await page.getByLabel(/^Link for /).evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
  await page.getByRole("button", { name: "Open the round" }).click();
  await expect(page.getByText("The round is open")).toBeVisible();
  await answerThroughApi(request, oldLinks[0]!, (_id, index) => ({ today: 2, needed: index % 2 === 0 ? 3 : 4 }));
  await answerThroughApi(request, oldLinks[1]!, () => ({ today: 3, needed: 4 }));
  await answerThroughApi(request, oldLinks[2]!, () => ({ today: 1, needed: 3 }));
  await page.getByRole("button", { name: "Close the round" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Close the round" }).click();
  await expect(page.getByText("The round is closed")).toBeVisible();
  const firstRoundUrl = page.url();

  // Start the next round: name and dates proposed six months on, Cleo (who left) not carried over.
  await page.getByRole("link", { name: "Start the next round" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Start the next round after Kick-off");
  const proposed = proposeNextDates({ opensOn: today, closesOn: addDays(today, 10), closedAt: new Date() }, today);
  const nextName = nextRoundName("Kick-off", proposed.opensOn, ["Kick-off"]);
  await expect(page.getByLabel("Name", { exact: true })).toHaveValue(nextName);
  await expect(page.getByLabel("Opens on (optional)")).toHaveValue(proposed.opensOn);
  await expect(page.getByLabel("Closes on (optional)")).toHaveValue(proposed.closesOn!);
  await expectNoSeriousA11yViolations(page);
  const desktop = page.viewportSize()!;
  await page.setViewportSize({ width: 390, height: 844 });
  await expectNoHorizontalScroll(page);
  await page.setViewportSize(desktop);
  await page.getByLabel("Closes on (optional)").fill(addDays(proposed.opensOn, -1));
  await page.getByRole("checkbox", { name: "Cleo Chief" }).uncheck();
  await expect(page.getByText("Participants to carry over (2 of 3)")).toBeVisible();
  await page.getByRole("button", { name: "Create the next round" }).click();
  await expect(page.getByText("The closing date must not be before the opening date.")).toBeVisible();
  await expect(page.getByRole("checkbox", { name: "Cleo Chief" })).not.toBeChecked();
  await page.getByLabel("Closes on (optional)").fill(proposed.closesOn!);
  await page.getByRole("button", { name: "Create the next round" }).click();
  await expect(page.getByText(`${nextName} is created as a draft with 2 participants carried over.`)).toBeVisible();
  const newLinks = await page.getByLabel(/^Link for /).evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
  expect(newLinks).toHaveLength(2);
  expect(newLinks.some((link) => oldLinks.includes(link))).toBe(false);
  await page.getByRole("link", { name: `Go to ${nextName}` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(nextName);
  await expect(page.getByText("Follows Kick-off")).toBeVisible();
  await expect(page.getByRole("rowheader", { name: /Ana Analyst/ })).toBeVisible();
  await expect(page.getByRole("rowheader", { name: /Cleo Chief/ })).toHaveCount(0);
  await expect(page.getByLabel(/^Link for /)).toHaveCount(0); // shown once, on creation only
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("button", { name: "Open the round" }).click();
  await expect(page.getByText("The round is open")).toBeVisible();

  // Ana and Ben confirm nine dimensions with one tap each and change two.
  const ana = await openLink(browser, newLinks[0]!);
  await expect(ana.getByRole("region", { name: "What has changed since Kick-off?" })).toBeVisible();
  await expect(ana.getByRole("region", { name: "Extent", exact: true })).toContainText("today 2 · Foundational, needed 3 · Intermediate");
  await expectNoSeriousA11yViolations(ana);
  await confirmMostAndChangeTwo(ana, {
    extent: { today: 3, needed: 4, why: "The loyalty app now personalizes offers." },
    culture: { today: 1, needed: 3, why: "Two champions left." },
  });
  const ben = await openLink(browser, newLinks[1]!);
  await confirmMostAndChangeTwo(ben, {
    technology: { today: 4, needed: 4, why: "The CDP went live." },
    measurement: { today: 2, needed: 4, why: "Attribution was dropped." },
  });

  await page.reload();
  await page.getByRole("button", { name: "Close the round" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Close the round" }).click();
  await expect(page.getByText("The round is closed")).toBeVisible();

  // Stored: last time's levels where confirmed, the new levels and the reason where changed.
  const anaNow = await storedAnswers(newLinks[0]!);
  expect(anaNow.size).toBe(11);
  for (const [index, dimension] of mpem.dimensions.entries()) {
    const row = anaNow.get(dimension.id)!;
    expect(row.status).toBe("CLOSED");
    if (dimension.id === "extent") expect(row).toMatchObject({ currentLevel: 3, targetLevel: 4, comment: "The loyalty app now personalizes offers." });
    else if (dimension.id === "culture") expect(row).toMatchObject({ currentLevel: 1, targetLevel: 3, comment: "Two champions left." });
    else expect(row, dimension.id).toMatchObject({ currentLevel: 2, targetLevel: index % 2 === 0 ? 3 : 4, comment: null });
  }
  const benNow = await storedAnswers(newLinks[1]!);
  expect([...benNow.values()].filter((row) => row.currentLevel === 3 && row.targetLevel === 4)).toHaveLength(9);
  expect(benNow.get("technology")).toMatchObject({ currentLevel: 4, targetLevel: 4, comment: "The CDP went live." });
  expect(benNow.get("measurement")).toMatchObject({ currentLevel: 2, targetLevel: 4 });

  // The old link still opens the first round, read-only, with Ana's answers from then.
  const anaOld = await openLink(browser, oldLinks[0]!);
  await expect(anaOld.getByText("This round is closed. Your answers are shown below and can no longer be changed.")).toBeVisible();
  await expect(anaOld.getByRole("region", { name: "Extent", exact: true }).getByRole("radio", { name: `Today: ${levelName(2)}` })).toBeChecked();
  expect((await storedAnswers(oldLinks[0]!)).get("extent")).toMatchObject({ currentLevel: 2, name: "Kick-off" });

  // The first round's page now points at its follow-up instead of offering another.
  await page.goto(firstRoundUrl);
  await expect(page.getByText(`Next round: ${nextName}`)).toBeVisible();
  await expect(page.getByRole("link", { name: "Start the next round" })).toHaveCount(0);
});
