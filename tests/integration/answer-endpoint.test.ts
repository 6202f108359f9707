import { afterAll, beforeEach, describe, expect, inject, it, vi } from "vitest";

import { POST } from "@/app/api/r/[token]/answers/route";

import { createDbClient } from "../factories/db-client";
import { answer, createParticipant, createRound } from "../factories/rounds";
import { createOrganization, createWorkspace } from "../factories/workspace";
import { resetDatabase } from "../support/reset-database";

// The save endpoint as HTTP sees it: the route handler with real Request objects, on the real
// database (or, for the outage case, on a database that does not answer).

const databaseUrl = inject("databaseUrl");
const db = createDbClient(databaseUrl);
afterAll(() => db.$disconnect());

let token: string;
let participantId: string;

beforeEach(async () => {
  await resetDatabase(databaseUrl);
  const workspace = await createWorkspace(db);
  const organization = await createOrganization(db, workspace.id);
  const round = await createRound(db, organization.id);
  const created = await createParticipant(db, round.id, { displayName: "Mia" });
  token = created.token;
  participantId = created.participant.id;
});

const context = (forToken: string) => ({ params: Promise.resolve({ token: forToken }) });

/** A body sent with Transfer-Encoding: chunked: a stream, with no Content-Length to check. */
function chunkedRequest(text: string, chunkSize = 1024): Request {
  const bytes = new TextEncoder().encode(text);
  let offset = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (offset >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(offset, offset + chunkSize));
      offset += chunkSize;
    },
  });
  return new Request("http://localhost/api/r/x/answers", { method: "POST", body, duplex: "half" } as RequestInit);
}

describe("the save endpoint's body limit", () => {
  it("refuses a chunked body over 32 KB with 413 and a clear message, and saves nothing", async () => {
    // Valid JSON whose extra field would be ignored: without a byte limit on the stream it is saved.
    const oversized = JSON.stringify({ ...answer("extent", 2, 4, 1), padding: "x".repeat(40_000) });
    expect(oversized.length).toBeGreaterThan(32_768);
    const response = await POST(chunkedRequest(oversized), context(token));
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ message: "The request is too large: at most 32 KB is accepted." });
    expect(await db.response.count({ where: { participantId } })).toBe(0);
  });

  it("refuses a declared Content-Length over 32 KB without reading the body", async () => {
    const request = new Request("http://localhost/api/r/x/answers", {
      method: "POST",
      headers: { "content-length": "40000" },
      body: JSON.stringify(answer("extent", 2, 4, 1)),
    });
    const response = await POST(request, context(token));
    expect(response.status).toBe(413);
  });

  it("accepts a chunked body within the limit", async () => {
    const response = await POST(chunkedRequest(JSON.stringify(answer("extent", 2, 4, 1)), 16), context(token));
    expect(response.status).toBe(200);
    expect(await db.response.count({ where: { participantId } })).toBe(1);
  });

  it("refuses a body that is not JSON with 422", async () => {
    const response = await POST(chunkedRequest("{not json"), context(token));
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({ message: "The request body must be JSON." });
  });
});

describe("the save endpoint while the database is unreachable", () => {
  it("answers 503 with Retry-After, so the browser keeps the answer and tries again", async () => {
    const previousUrl = process.env.DATABASE_URL;
    const globalForDb = globalThis as unknown as { mpemDb?: unknown };
    const previousClient = globalForDb.mpemDb;
    // A port nothing listens on: connections are refused, as when the database is down.
    const deadUrl = new URL(databaseUrl);
    deadUrl.port = "1";
    process.env.DATABASE_URL = deadUrl.toString();
    globalForDb.mpemDb = undefined;
    vi.resetModules();
    try {
      const { POST: postWithDeadDb } = await import("@/app/api/r/[token]/answers/route");
      const response = await postWithDeadDb(
        new Request("http://localhost/api/r/x/answers", { method: "POST", body: JSON.stringify(answer("extent", 2, 4, 1)) }),
        context(token),
      );
      expect(response.status).toBe(503);
      expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(await response.json()).toMatchObject({ message: expect.stringContaining("kept") });
    } finally {
      process.env.DATABASE_URL = previousUrl;
      globalForDb.mpemDb = previousClient;
      vi.resetModules();
    }
  });
});
