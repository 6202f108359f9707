import { expect, test, type Browser, type Page } from "@playwright/test";

import { mpem } from "../../src/domain/frameworks/mpem";
import { expectNoSeriousA11yViolations } from "./accessibility";
import { signUpThroughForm, uniqueEmail } from "./support/accounts";
import { linkIn, mailsTo, waitForMails } from "./support/mailbox";

// A consultant e-mails five people their own links; the test mail server receives five messages,
// each opening that person's questionnaire; two finish; "Remind" reaches exactly the other three.

const levelName = (rank: number) => `Level ${rank} · ${mpem.levels[rank - 1]!.name}`;

async function finishQuestionnaire(browser: Browser, link: string, name: string): Promise<void> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`Hello ${name}`);
  for (const dimension of mpem.dimensions) {
    const question = page.getByRole("region", { name: dimension.name, exact: true });
    await question.getByRole("radio", { name: `Today: ${levelName(2)}` }).check();
    await question.getByRole("radio", { name: `Needed: ${levelName(4)}` }).check();
  }
  await expect(page.getByText("11 / 11 answered")).toBeVisible();
  await page.getByRole("button", { name: "Submit my answers" }).click();
  await expect(page.getByText(/submitted/i).first()).toBeVisible();
  await page.context().close();
}

async function createRoundWithPeople(page: Page, people: { name: string; email: string }[]): Promise<string> {
  await signUpThroughForm(page, { name: "Mae Mailer", email: uniqueEmail("mae"), workspaceName: "Mailing Partners" });
  await page.getByLabel("Name", { exact: true }).fill("Initech");
  await page.getByRole("button", { name: "Add organization" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Initech" })).toBeVisible();
  await page.getByLabel("Name", { exact: true }).first().fill("H2 2027");
  await page.getByRole("button", { name: "Create round" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("H2 2027");
  await page.getByLabel("Paste a list").fill(people.map((person) => `${person.name}, ${person.email}`).join("\n"));
  await page.getByRole("button", { name: "Add everyone" }).click();
  await expect(page.getByText(`${people.length} participants added.`)).toBeVisible();
  await page.getByRole("button", { name: "Open the round" }).click();
  await expect(page.getByText("The round is open")).toBeVisible();
  return page.url();
}

test("five people are e-mailed their own links; after two finish, Remind reaches exactly the other three", async ({ browser, page }) => {
  test.setTimeout(150_000);
  const people = ["Ada", "Bea", "Cai", "Dev", "Eli"].map((name) => ({ name: `${name} Person`, email: uniqueEmail(name.toLowerCase()) }));
  const roundUrl = await createRoundWithPeople(page, people);

  const mailSection = page.getByRole("region", { name: "E-mail" });
  await expect(mailSection.getByLabel("Your message")).toHaveValue(/Initech/);
  await expect(mailSection.getByLabel("Your message")).toHaveValue(/about 25 minutes/);
  await mailSection.getByLabel(/Everyone not yet e-mailed their link \(5 people/).check();
  await mailSection.getByRole("button", { name: "Send links by e-mail" }).click();
  await expect(mailSection.getByText("5 e-mails (links) are on their way")).toBeVisible();

  const links = new Map<string, string>();
  for (const person of people) {
    const [mail] = await waitForMails(person.email);
    expect(mail!.subject).toBe("Mailing Partners asks for your view: Initech, H2 2027");
    expect(mail!.fromName).toBe("Mae Mailer (Mailing Partners) via MPEM Assessment");
    expect(mail!.text).toContain(`Hello ${person.name},`);
    expect(mail!.html).not.toMatch(/<img\b/i);
    const link = linkIn(mail!, "/r/");
    for (const other of links.values()) expect(link).not.toBe(other);
    links.set(person.email, link);
  }
  // Every message opens its own person's questionnaire.
  const visitor = await (await browser.newContext()).newPage();
  for (const person of people) {
    await visitor.goto(links.get(person.email)!);
    await expect(visitor.getByRole("heading", { level: 1 })).toContainText(`Hello ${person.name}`);
  }
  await visitor.context().close();

  await page.reload();
  for (const person of people) await expect(page.getByRole("row", { name: new RegExp(person.name) })).toContainText("Link sent");
  await expectNoSeriousA11yViolations(page);

  await finishQuestionnaire(browser, links.get(people[0]!.email)!, people[0]!.name);
  await finishQuestionnaire(browser, links.get(people[1]!.email)!, people[1]!.name);

  await page.goto(roundUrl);
  await expect(page.getByRole("row", { name: new RegExp(people[0]!.name) })).toContainText("Answered");
  await page.getByRole("region", { name: "E-mail" }).getByRole("button", { name: "Remind the 3 who have not finished" }).click();
  await expect(page.getByText("3 e-mails (reminders) are on their way")).toBeVisible();
  for (const person of people.slice(2)) {
    const mails = await waitForMails(person.email, 2);
    expect(mails[1]!.subject).toMatch(/^Reminder: Initech, H2 2027/);
    // The reminder repeats the person's own link.
    expect(linkIn(mails[1]!, "/r/")).toBe(links.get(person.email));
  }
  for (const person of people.slice(0, 2)) expect(await mailsTo(person.email)).toHaveLength(1);
});

test("links go to the people ticked; people without an address cannot be ticked; the message arrives as typed, as text", async ({ page }) => {
  const people = [
    { name: "Good Address", email: uniqueEmail("good") },
    { name: "No Address", email: "" },
  ];
  await createRoundWithPeople(page, people.map((person) => ({ ...person, email: person.email })));
  await page.getByRole("checkbox", { name: "Select Good Address for e-mail" }).check();
  await expect(page.getByRole("checkbox", { name: "Select No Address for e-mail" })).toHaveCount(0);
  const mailSection = page.getByRole("region", { name: "E-mail" });
  await mailSection.getByLabel("The people ticked in the list above").check();
  await mailSection.getByLabel("Your message").fill("Hello <b>team</b>, please answer.");
  await mailSection.getByRole("button", { name: "Send links by e-mail" }).click();
  await expect(mailSection.getByText("1 e-mail (link) is on its way")).toBeVisible();
  const [mail] = await waitForMails(people[0]!.email);
  expect(mail!.text).toContain("Hello <b>team</b>, please answer.");
  expect(mail!.html).toContain("Hello &lt;b&gt;team&lt;/b&gt;");
});
