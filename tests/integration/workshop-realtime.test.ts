import { afterAll, beforeEach, describe, expect, inject, it } from "vitest";

import { mpem } from "@/domain/frameworks/mpem";
import { getDb } from "@/server/db";
import { recordWorkshopEvent } from "@/server/realtime/events";
import { WorkshopListener } from "@/server/realtime/listener";
import { SSE_HEADERS } from "@/server/realtime/sse";
import { castVote } from "@/server/workshop/attendee";
import { startWorkshop } from "@/server/workshop/facilitator";
import { openStreamCount, openWorkshopStream } from "@/server/workshop/feed";
import { joinWorkshop } from "@/server/workshop/join";

import { addMember, createUser } from "../factories/accounts";
import { createDbClient } from "../factories/db-client";
import { createRound } from "../factories/rounds";
import { createOrganization, createWorkspace } from "../factories/workspace";
import { resetDatabase } from "../support/reset-database";
import { SseReader } from "../support/sse-reader";

const databaseUrl = inject("databaseUrl");
const db = createDbClient(databaseUrl);
const extent = mpem.dimensions[0]!.id;
const aborts: AbortController[] = [];

afterAll(async () => {
  for (const controller of aborts) controller.abort();
  await db.$disconnect();
});

let roundId: string;
let tokens: string[];

beforeEach(async () => {
  await resetDatabase(databaseUrl);
  const workspace = await createWorkspace(db);
  const organization = await createOrganization(db, workspace.id);
  roundId = (await createRound(db, organization.id, { status: "OPEN" })).id;
  const facilitator = await createUser(db);
  await addMember(db, workspace.id, facilitator.userId, "CONSULTANT");
  await startWorkshop(facilitator, workspace.slug, roundId);
  const { joinCode } = await db.workshop.findUniqueOrThrow({ where: { roundId } });
  tokens = [];
  for (const [index, name] of ["Ana", "Ben", "Cy"].entries()) tokens.push((await joinWorkshop(joinCode, { displayName: name, group: "IT" }, `192.0.2.${index + 1}`)).token);
});

const vote = (currentLevel: number, targetLevel: number) => ({ dimensionId: extent, votingRound: 1, currentLevel, currentDontKnow: false, targetLevel, targetDontKnow: false, comment: "" });

function open(audience: "facilitator" | "attendee", lastEventId?: string, heartbeatMs = 100_000) {
  const controller = new AbortController();
  aborts.push(controller);
  const request = new Request("http://localhost/stream", { signal: controller.signal, headers: lastEventId ? { "last-event-id": lastEventId } : {} });
  return { controller, response: openWorkshopStream(request, roundId, audience, heartbeatMs) };
}

describe("PostgreSQL LISTEN/NOTIFY", () => {
  it("announces an event only when its transaction commits, with ids only", async () => {
    const heard: { roundId: string; eventId: bigint }[] = [];
    const listener = new WorkshopListener(databaseUrl, { onEvent: (id, eventId) => heard.push({ roundId: id, eventId }), onResync: () => {} });
    await listener.start();
    try {
      await getDb()
        .$transaction(async (tx) => {
          await recordWorkshopEvent(tx, roundId, "moved", extent);
          throw new Error("roll back");
        })
        .catch(() => {});
      const committed = await getDb().$transaction((tx) => recordWorkshopEvent(tx, roundId, "moved", extent));
      await expect.poll(() => heard, { timeout: 3_000 }).toContainEqual({ roundId, eventId: committed });
      expect(heard).toHaveLength(1);
    } finally {
      await listener.close();
    }
  });
});

describe("the workshop's event stream", () => {
  it("is an uncompressible event stream: no-transform, so compression and proxies pass events through", async () => {
    const { response, controller } = open("attendee");
    const stream = await response;
    expect(stream.headers.get("content-type")).toBe(SSE_HEADERS["Content-Type"]);
    expect(stream.headers.get("cache-control")).toMatch(/no-transform/);
    controller.abort();
  });

  it("sends the current state, then each change, with counts but no levels before the reveal", async () => {
    const { response } = open("attendee");
    const reader = new SseReader((await response).body!);
    const first = await reader.nextState(0);
    expect(JSON.parse(first.data!)).toMatchObject({ voted: 0, participants: 3, phase: "voting", reveal: null });
    const from = reader.all.length;
    const saved = Date.now();
    await castVote(tokens[0], vote(2, 4));
    const update = await reader.nextState(from);
    expect(update.at - saved).toBeLessThan(1_000);
    expect(JSON.parse(update.data!)).toMatchObject({ voted: 1 });
    expect(update.data).not.toMatch(/currentLevel|targetLevel|byGroup/);
    expect(BigInt(update.id!)).toBeGreaterThan(BigInt(first.id!));
  });

  it("sends a heartbeat while idle", async () => {
    const { response } = open("facilitator", undefined, 50);
    const reader = new SseReader((await response).body!);
    const beat = await reader.next((event) => event.event === "heartbeat", 2_000);
    expect(beat.id).toBeUndefined(); // a heartbeat never moves Last-Event-ID
  });

  it("on reconnect with Last-Event-ID sends nothing already seen, and what was missed at once", async () => {
    const first = open("facilitator");
    const reader = new SseReader((await first.response).body!);
    const seen = await reader.nextState(0);
    first.controller.abort();

    const upToDate = open("facilitator", seen.id);
    const quiet = new SseReader((await upToDate.response).body!);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(quiet.all.filter((event) => event.event === "state")).toEqual([]);
    upToDate.controller.abort();

    // Two votes while disconnected; the reconnect catches up in one message.
    await castVote(tokens[0], vote(2, 4));
    await castVote(tokens[1], vote(3, 4));
    const back = open("facilitator", seen.id);
    const caughtUp = await new SseReader((await back.response).body!).nextState(0, 2_000);
    expect(JSON.parse(caughtUp.data!)).toMatchObject({ voted: 2 });
    expect(BigInt(caughtUp.id!)).toBeGreaterThan(BigInt(seen.id!));
  });

  it("catches up after its own LISTEN connection is cut: it reconnects and resynchronises", async () => {
    const { response } = open("facilitator");
    const reader = new SseReader((await response).body!);
    await reader.nextState(0);
    const from = reader.all.length;
    await db.$executeRaw`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'mpem-workshop-listener'`;
    await castVote(tokens[2], vote(1, 2));
    const update = await reader.nextState(from, 8_000);
    expect(JSON.parse(update.data!)).toMatchObject({ voted: 1 });
  });

  it("forgets a stream as soon as its client goes away, so closed streams hold no memory", async () => {
    const opened = [open("attendee"), open("facilitator"), open("attendee")];
    await Promise.all(opened.map(async ({ response }) => new SseReader((await response).body!).nextState(0)));
    expect(openStreamCount()).toBeGreaterThanOrEqual(3);
    for (const controller of aborts) controller.abort();
    await expect.poll(openStreamCount, { timeout: 2_000 }).toBe(0);
  });
});
