import { expect, test } from "@playwright/test";

import { mpem } from "../../src/domain/frameworks/mpem";
import { expectNoSeriousA11yViolations } from "./accessibility";
import { facilitatorWithOpenRound, joinWithCode, openPhone, startPresenter, vote, type Phone } from "./support/workshop";

// The live workshop as a room runs it: a facilitator projects the presenter, five people join on
// their phones with the code, vote blind on a dimension, see the spread, revote, and the group's
// agreed level lands in the results.

const [extent, scope, culture] = mpem.dimensions;
const people = [
  { name: "Ana", group: "Marketing", first: [2, 4] },
  { name: "Ben", group: "Marketing", first: [3, 4] },
  { name: "Cy", group: "Marketing", first: [2, 5] },
  { name: "Dee", group: "IT", first: [4, 4] },
  { name: "Eve", group: "IT", first: [1, 3] },
] as const;

/** Every level a phone was sent, outside its own vote: must stay empty until the reveal. */
function othersLevels(phone: Phone, texts: string[], own: readonly number[]): string[] {
  const leaks: string[] = [];
  for (const text of texts) {
    if (/"byGroup"|"median"/.test(text)) leaks.push(text.slice(0, 200));
    for (const match of text.matchAll(/\\?"(currentLevel|targetLevel)\\?":(\d)/g)) {
      if (!own.includes(Number(match[2]))) leaks.push(`${match[1]}:${match[2]}`);
    }
  }
  return leaks;
}

test("five phones join with the code, vote blind, see the reveal, revote; the consensus reaches the results", async ({ page, browser }) => {
  test.setTimeout(180_000);
  const { roundUrl } = await facilitatorWithOpenRound(page);
  await page.setViewportSize({ width: 1920, height: 1080 });
  const code = await startPresenter(page, roundUrl);
  expect(code).toMatch(/^[A-Z2-9]{6}$/);
  await expect(page.getByRole("img", { name: /QR code that opens .*\/join/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  const phones: Phone[] = [];
  for (const person of people) {
    const phone = await openPhone(browser);
    await joinWithCode(phone, code, person.name, person.group);
    phones.push(phone);
  }
  await expectNoSeriousA11yViolations(phones[0]!.page);
  await page.keyboard.press("j"); // hide the join screen: the dimension and its count
  await expect(page.getByRole("heading", { level: 1, name: extent!.name })).toBeVisible();
  await expect(page.getByTestId("vote-count")).toContainText("0 / 5");

  for (const [index, person] of people.entries()) {
    await vote(phones[index]!, person.first[0], person.first[1]);
    await expect(page.getByTestId("vote-count")).toContainText(`${index + 1} / 5`);
  }
  // Counts only: no distribution on the presenter, and no phone was sent anyone else's levels.
  await expect(page.getByText(/Median/)).toHaveCount(0);
  for (const [index, phone] of phones.entries()) {
    const own = people[index]!.first;
    expect(othersLevels(phone, [...phone.bodies, ...(await phone.streamed())], own)).toEqual([]);
    expect(await phone.streamed()).not.toHaveLength(0);
  }

  await page.keyboard.press("r");
  const today = page.getByRole("figure").filter({ hasText: /^Today/ });
  const needed = page.getByRole("figure").filter({ hasText: /^Needed/ });
  await expect(today).toContainText("Median 2 · spread 3 (1–4) · 5 votes");
  await expect(today).toContainText("Wide disagreement");
  await expect(needed).toContainText("Median 4 · spread 2 (3–5) · 5 votes");
  await expect(today.getByRole("table")).toContainText(/1 · Basic\s*1/);
  await expect(phones[0]!.page.getByRole("figure").filter({ hasText: /^Today/ })).toContainText("Median 2");
  await expectNoSeriousA11yViolations(page);
  await expectNoSeriousA11yViolations(phones[4]!.page);

  await page.keyboard.press("v");
  await expect(page.getByTestId("vote-count")).toContainText("0 / 5");
  for (const phone of phones) await vote(phone, 3, 4);
  await expect(page.getByTestId("vote-count")).toContainText("5 / 5");
  await page.getByRole("button", { name: /Reveal votes/ }).click();
  await expect(today).toContainText("Median 3 · spread 0");

  await page.getByLabel("Agreed today").selectOption("3");
  await page.getByLabel("Agreed needed").selectOption("4");
  await page.getByLabel("Rationale").fill("Web and e-mail are personalized; the app is not yet.");
  await page.getByLabel("Dissent (optional)").fill("IT sees the app as further along.");
  await page.getByRole("button", { name: "Record consensus" }).click();
  await expect(page.getByTestId("agreed")).toContainText("Agreed: today 3 · needed 4");
  await expect(phones[1]!.page.getByText("Agreed: today 3, needed 4")).toBeVisible();

  await page.goto(`${roundUrl}/results`);
  const row = page.getByRole("table", { name: /Levels by dimension/ }).getByRole("row", { name: new RegExp(`^${extent!.name}`) });
  await expect(row).toContainText("agreed in consensus");
  const agreed = page.getByRole("table", { name: "Consensus and the answers behind it" });
  await expect(agreed.getByRole("row", { name: new RegExp(extent!.name) })).toContainText(/3\s*4\s*1: 0 · 2: 0 · 3: 5 · 4: 0 · 5: 0/);
  await expect(agreed).toContainText("Dissent: IT sees the app as further along.");
  await expect(agreed).toContainText("Recorded by Fay Facilitator after revote 1");
  await expectNoSeriousA11yViolations(page);
});

test("a phone follows the facilitator within a second, catches up after dropping its connection, and follows a switch to self-paced and back", async ({ page, browser }) => {
  test.setTimeout(90_000);
  const { roundUrl } = await facilitatorWithOpenRound(page);
  const code = await startPresenter(page, roundUrl);
  const phone = await openPhone(browser);
  await joinWithCode(phone, code, "Fred", "IT");
  await page.keyboard.press("j");
  await expect(phone.page.getByTestId("attendee-dimension")).toHaveText(extent!.name);

  await page.keyboard.press("ArrowRight");
  await expect(phone.page.getByTestId("attendee-dimension")).toHaveText(scope!.name, { timeout: 1_000 });

  await phone.context.setOffline(true);
  await expect(phone.page.getByText("Reconnecting…")).toBeVisible();
  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("heading", { level: 1, name: culture!.name })).toBeVisible();
  await expect(phone.page.getByTestId("attendee-dimension")).toHaveText(scope!.name);
  await phone.context.setOffline(false);
  await phone.page.evaluate(() => window.dispatchEvent(new Event("online")));
  await expect(phone.page.getByTestId("attendee-dimension")).toHaveText(culture!.name, { timeout: 5_000 });
  await expect(phone.page.getByText("Live", { exact: true })).toBeVisible();

  // Self-paced hands the phone back to the questionnaire; workshop mode brings it back.
  await page.getByRole("button", { name: "Switch to self-paced" }).click();
  await expect(phone.page.getByRole("heading", { level: 1, name: "Hello Fred" })).toBeVisible({ timeout: 5_000 });
  await expect(page.getByText("self-paced: phones show the questionnaire")).toBeVisible();
  await page.getByRole("button", { name: "Switch to workshop mode" }).click();
  await expect(phone.page.getByTestId("attendee-dimension")).toHaveText(culture!.name, { timeout: 5_000 });
});

test("when the event stream cannot be opened, the phone keeps up by polling", async ({ page, browser }) => {
  const { roundUrl } = await facilitatorWithOpenRound(page);
  const code = await startPresenter(page, roundUrl);
  const phone = await openPhone(browser);
  await phone.page.route("**/workshop/events**", (route) => route.fulfill({ status: 503, body: "no streams here" }));
  await joinWithCode(phone, code, "Gil", "IT");
  await page.keyboard.press("j");
  await expect(phone.page.getByText("Updating every few seconds")).toBeVisible();
  await page.keyboard.press("ArrowRight");
  await expect(phone.page.getByTestId("attendee-dimension")).toHaveText(scope!.name, { timeout: 5_000 });
});

test("the join page refuses a wrong code clearly, and a device that joined resumes instead of joining twice", async ({ page, browser }) => {
  const { roundUrl } = await facilitatorWithOpenRound(page);
  const code = await startPresenter(page, roundUrl);
  const phone = await openPhone(browser);
  await phone.page.goto("/join?code=ZZZZZZ");
  await expect(phone.page.getByRole("alert").filter({ hasText: /code/ })).toHaveText("No workshop has this code. Check the code on the screen and try again.");
  await expectNoSeriousA11yViolations(phone.page);
  await phone.page.goto(`/join?code=${code}`);
  await expect(phone.page.getByRole("heading", { name: "Join the workshop" })).toBeVisible();
  await expectNoSeriousA11yViolations(phone.page);
  await joinWithCode(phone, code, "Hana", "Marketing");
  const link = phone.page.url();
  await phone.page.goto(`/join?code=${code}`);
  await phone.page.getByRole("link", { name: "Continue as Hana" }).click();
  await expect(phone.page).toHaveURL(link);
  await page.keyboard.press("j");
  await expect(page.getByTestId("vote-count")).toContainText("0 / 1");

  await page.getByRole("button", { name: "Turn joining off" }).click();
  await expect(page.getByRole("button", { name: "Turn joining on" })).toBeVisible();
  const late = await openPhone(browser);
  await late.page.goto(`/join?code=${code}`);
  await expect(late.page.getByRole("alert").filter({ hasText: /Joining/ })).toHaveText(/Joining this workshop is closed/);
});
