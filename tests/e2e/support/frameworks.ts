import { expect, type Browser, type Page } from "@playwright/test";

import type { Framework } from "../../../src/domain/framework/framework-schema";

// Running a round on a chosen framework as a consultant and its participants would: create it from
// the organization page, paste participants, open it, answer every question in the browser.

/** On an organization page: creates a round on the framework chosen by its label in the list; lands on the round page. */
export async function createRoundOn(page: Page, name: string, frameworkLabel: string | RegExp): Promise<string> {
  await page.getByLabel("Name", { exact: true }).first().fill(name);
  const select = page.getByLabel("Framework");
  const label = typeof frameworkLabel === "string" ? frameworkLabel : await select.locator("option").filter({ hasText: frameworkLabel }).first().innerText();
  await select.selectOption({ label });
  await page.getByRole("button", { name: "Create round" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(name);
  return page.url();
}

/** On a round page: pastes the people, opens the round, returns their links. */
export async function addPeopleAndOpen(page: Page, list: string): Promise<string[]> {
  await page.getByLabel("Paste a list").fill(list);
  await page.getByRole("button", { name: "Add everyone" }).click();
  await expect(page.getByText(/participants? added\./)).toBeVisible();
  const links = await page.getByLabel(/^Link for /).evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
  await page.getByRole("button", { name: "Open the round" }).click();
  await expect(page.getByText("The round is open")).toBeVisible();
  return links;
}

/** Opens a participant's link in a browser of their own and answers every dimension. */
export async function answerAllAs(browser: Browser, link: string, framework: Framework, levels: (dimensionId: string) => { today: number; needed: number }): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Hello");
  for (const dimension of framework.dimensions) {
    const question = page.getByRole("region", { name: dimension.name, exact: true });
    const { today, needed } = levels(dimension.id);
    const title = (rank: number) => `Level ${rank} · ${framework.levels[rank - 1]!.name}`;
    await question.getByRole("radio", { name: `Today: ${title(today)}` }).check();
    await question.getByRole("radio", { name: `Needed: ${title(needed)}` }).check();
  }
  const total = framework.dimensions.length;
  await expect(page.getByText(`${total} / ${total} answered`)).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "All answers saved" })).toBeVisible();
  return page;
}
