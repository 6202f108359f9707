import "server-only";

import { FeedHub, type Audience } from "@/server/realtime/feed-hub";
import { getWorkshopListener } from "@/server/realtime/listener";
import { eventStreamResponse } from "@/server/realtime/sse";

import { readAttendeeView, readFacilitatorView } from "./views";

// The workshop's live feed on this app instance: one PostgreSQL listener, one hub, and a
// server-sent event stream per open presenter or phone.

const globalForFeed = globalThis as unknown as { mpemWorkshopHub?: FeedHub };

function getHub(): FeedHub {
  if (!globalForFeed.mpemWorkshopHub) {
    const hub = new FeedHub(async (roundId, audience) => {
      const view = audience === "facilitator" ? await readFacilitatorView(roundId) : await readAttendeeView(roundId);
      return view ? { eventId: BigInt(view.eventId), data: view } : null;
    });
    globalForFeed.mpemWorkshopHub = hub;
    void getWorkshopListener({ onEvent: (roundId) => hub.notify(roundId), onResync: () => hub.resyncAll() }).start();
  }
  return globalForFeed.mpemWorkshopHub;
}

/** The id a reconnecting browser last saw: the Last-Event-ID header, or `lastEventId` in the query for a fresh EventSource. */
export function lastEventIdOf(request: Request): bigint {
  const raw = request.headers.get("last-event-id") ?? new URL(request.url).searchParams.get("lastEventId") ?? "";
  return /^\d{1,19}$/.test(raw) ? BigInt(raw) : -1n;
}

/**
 * A stream of the round's views for one audience. The current view is sent at once unless the
 * browser already has it (its Last-Event-ID is the newest event), then every newer one.
 */
export async function openWorkshopStream(request: Request, roundId: string, audience: Audience, heartbeatMs?: number): Promise<Response> {
  const hub = getHub();
  await getWorkshopListener({ onEvent: (id) => hub.notify(id), onResync: () => hub.resyncAll() }).start();
  const lastEventId = lastEventIdOf(request);
  return eventStreamResponse({
    signal: request.signal,
    heartbeatMs,
    open: (channel) => hub.subscribe(roundId, audience, lastEventId, (view) => channel.send({ id: view.eventId.toString(), event: "state", data: JSON.stringify(view.data) })),
  });
}

export function openStreamCount(): number {
  return globalForFeed.mpemWorkshopHub?.streamCount ?? 0;
}
