import { randomUUID } from "node:crypto";

import { devices, expect, type Browser, type BrowserContext, type Page } from "@playwright/test";

import { mpem } from "../../../src/domain/frameworks/mpem";
import { createAccount, createWorkspaceFixture, signInThroughForm } from "./accounts";
import { withE2eDb } from "./e2e-database";

// Shared steps of the workshop specs: a facilitator with an open round, phones that join with the
// code, and a record of every response a phone received (to prove nobody else's levels reach it).

export const levelName = (rank: number) => `Level ${rank} · ${mpem.levels[rank - 1]!.name}`;

/** A signed-in consultant with an open round (groups Marketing, IT) written straight to the database. */
export async function facilitatorWithOpenRound(page: Page): Promise<{ slug: string; roundId: string; roundUrl: string }> {
  const email = `facilitator-${randomUUID().slice(0, 8)}@example.test`;
  const userId = await createAccount(page.request, email, "Fay Facilitator");
  const { slug, organizationIds } = await createWorkspaceFixture([{ userId, role: "CONSULTANT" }], ["Workshop Co"]);
  const roundId = randomUUID();
  await withE2eDb((db) =>
    db.query(
      `INSERT INTO "Round" (id, "organizationId", name, "frameworkId", "frameworkVersion", "levelCount", "dimensionIds", status, groups, "openedAt", "updatedAt")
       VALUES ($1, $2, 'Live round', $3, $4, $5, $6, 'OPEN', ARRAY['Marketing','IT'], now(), now())`,
      [roundId, organizationIds[0], mpem.id, mpem.version, mpem.levels.length, mpem.dimensions.map((dimension) => dimension.id)],
    ),
  );
  await signInThroughForm(page, email);
  await expect(page).toHaveURL(/\/w/);
  return { slug, roundId, roundUrl: `/w/${slug}/rounds/${roundId}` };
}

/** Opens the presenter and starts the workshop; returns the join code shown on it. */
export async function startPresenter(page: Page, roundUrl: string): Promise<string> {
  await page.goto(`${roundUrl}/workshop`);
  await page.getByRole("button", { name: "Start the workshop" }).click();
  await expect(page.getByTestId("presenter")).toBeVisible();
  return (await page.getByTestId("join-code").first().innerText()).replace(/\s/g, "");
}

export type Phone = { page: Page; context: BrowserContext; bodies: string[]; streamed: () => Promise<string[]> };

/** A phone-sized browser that records every non-stream response body and every streamed event. */
export async function openPhone(browser: Browser, baseURL = `http://localhost:${process.env.E2E_PORT ?? 3107}`): Promise<Phone> {
  const context = await browser.newContext({ ...devices["Pixel 7"], baseURL });
  await context.addInitScript(() => {
    const recorded: string[] = [];
    (window as unknown as { __streamed: string[] }).__streamed = recorded;
    const Original = window.EventSource;
    window.EventSource = class extends Original {
      constructor(url: string | URL, init?: EventSourceInit) {
        super(url, init);
        this.addEventListener("state", (event) => recorded.push((event as MessageEvent<string>).data));
      }
    };
  });
  const page = await context.newPage();
  const bodies: string[] = [];
  page.on("response", (response) => {
    if (response.url().includes("/events")) return; // streams never end; their events are recorded above
    void response.text().then((text) => bodies.push(text), () => {});
  });
  return { page, context, bodies, streamed: () => page.evaluate(() => (window as unknown as { __streamed: string[] }).__streamed) };
}

export async function joinWithCode(phone: Phone, code: string, name: string, group: string) {
  const { page } = phone;
  await page.goto("/join");
  await page.getByLabel("Workshop code").fill(`${code.slice(0, 3).toLowerCase()} ${code.slice(3)}`);
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByLabel("Your name").fill(name);
  await page.getByRole("radio", { name: group }).check();
  await page.getByRole("button", { name: "Join" }).click();
  await expect(page).toHaveURL(/\/r\/[A-Za-z0-9_-]{43}$/);
  await expect(page.getByTestId("attendee-dimension")).toBeVisible();
}

export async function vote(phone: Phone, today: number, needed: number) {
  const { page } = phone;
  await page.getByRole("radio", { name: `Today: ${levelName(today)}` }).check();
  await page.getByRole("radio", { name: `Needed: ${levelName(needed)}` }).check();
  await page.getByRole("button", { name: /Send my vote|Change my vote/ }).click();
  await expect(page.getByText("Your vote is in.")).toBeVisible();
}
