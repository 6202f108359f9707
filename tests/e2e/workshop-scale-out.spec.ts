import { createHash, randomBytes, randomUUID } from "node:crypto";
import { request as httpRequest, type IncomingMessage } from "node:http";

import { expect, test } from "@playwright/test";

import { mpem } from "../../src/domain/frameworks/mpem";
import { withE2eDb } from "./support/e2e-database";
import { startSecondInstance, type Instance } from "./support/second-instance";
import { facilitatorWithOpenRound, joinWithCode, openPhone, startPresenter, vote } from "./support/workshop";

// Several app instances behind a load balancer on one PostgreSQL: each holds its own LISTEN
// connection, so an event saved through one reaches streams open on the other. And the stream is
// really a stream under `next start`: its compression must not hold events back.

let second: Instance;
test.beforeAll(async () => {
  second = await startSecondInstance();
});
test.afterAll(async () => {
  await second?.stop();
});

test("a vote sent to one instance reaches the presenter on the other, and the phone there follows the presenter", async ({ page, browser }) => {
  test.setTimeout(90_000);
  const { roundUrl } = await facilitatorWithOpenRound(page); // instance A (the e2e server)
  const code = await startPresenter(page, roundUrl);
  const phone = await openPhone(browser, second.url); // instance B
  await joinWithCode(phone, code, "Ines", "IT");
  await page.keyboard.press("j");
  await expect(page.getByTestId("vote-count")).toContainText("0 / 1");
  await vote(phone, 2, 4);
  await expect(page.getByTestId("vote-count")).toContainText("1 / 1", { timeout: 2_000 });
  await page.keyboard.press("ArrowRight");
  await expect(phone.page.getByTestId("attendee-dimension")).toHaveText(mpem.dimensions[1]!.name, { timeout: 2_000 });
});

type Chunk = { at: number; text: string };

/** Opens a stream the way a browser behind a compressing proxy would ask for it (gzip accepted). */
function openRawStream(url: string): Promise<{ response: IncomingMessage; chunks: Chunk[]; close: () => void }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(url, { headers: { Accept: "text/event-stream", "Accept-Encoding": "gzip, deflate, br" } }, (response) => {
      const chunks: Chunk[] = [];
      response.on("data", (data: Buffer) => chunks.push({ at: Date.now(), text: data.toString("latin1") }));
      resolve({ response, chunks, close: () => request.destroy() });
    });
    request.on("error", reject);
    request.end();
  });
}

async function waitFor(chunks: Chunk[], pattern: RegExp, from: number, timeoutMs: number): Promise<Chunk> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = chunks.slice(from).find((chunk) => pattern.test(chunk.text));
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`nothing matching ${pattern} within ${timeoutMs} ms; got ${JSON.stringify(chunks.map((chunk) => chunk.text.slice(0, 80)))}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

test("under `next start` and the app server, the event stream is not compressed or buffered: each event arrives as it happens", async ({ page }) => {
  const { roundUrl, roundId } = await facilitatorWithOpenRound(page);
  await startPresenter(page, roundUrl);
  const token = randomBytes(32).toString("base64url");
  await withE2eDb((db) =>
    db.query(`INSERT INTO "Participant" (id, "roundId", "displayName", "group", "tokenHash") VALUES ($1, $2, 'Stream Tester', 'IT', $3)`, [
      randomUUID(),
      roundId,
      createHash("sha256").update(token).digest("hex"),
    ]),
  );
  // From B (plain `next start`) with the vote sent through A, across instances; then from A itself
  // (the app server `npm start` runs). Both put Next.js's compression in front of the route.
  const first = `http://localhost:${process.env.E2E_PORT ?? 3107}`;
  for (const [index, origin] of [second.url, first].entries()) {
    const stream = await openRawStream(`${origin}/api/r/${token}/workshop/events`);
    try {
      expect(stream.response.statusCode).toBe(200);
      expect(stream.response.headers["content-type"]).toMatch(/^text\/event-stream/);
      expect(stream.response.headers["content-encoding"]).toBeUndefined();
      expect(stream.response.headers["cache-control"]).toMatch(/no-transform/);
      await waitFor(stream.chunks, /event: state\n/, 0, 2_000);
      const from = stream.chunks.length;
      const sent = Date.now();
      const saved = await page.request.post(`/api/r/${token}/workshop/votes`, {
        data: { dimensionId: mpem.dimensions[0]!.id, votingRound: 1, currentLevel: 3, currentDontKnow: false, targetLevel: index === 0 ? 4 : 5, targetDontKnow: false, comment: "" },
      });
      expect(saved.status()).toBe(200);
      const update = await waitFor(stream.chunks, /"voted":1/, from, 2_000);
      expect(update.at - sent).toBeLessThan(1_000);
    } finally {
      stream.close();
    }
  }
});
