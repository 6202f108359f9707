import "server-only";

import { logger } from "@/server/logger";

// This instance's open workshop streams, by round. When an event for a round arrives (from the
// PostgreSQL listener), the round's current view is read once per audience and handed to every
// stream of that audience, however many there are. Events that arrive while a view is being read
// are coalesced into one more read, so a burst of 60 votes costs a few reads, not 60 × streams.

export type Audience = "facilitator" | "attendee";
export type FeedView = { eventId: bigint; data: unknown };
export type ViewLoader = (roundId: string, audience: Audience) => Promise<FeedView | null>;

type Subscriber = { audience: Audience; lastEventId: bigint; deliver: (view: FeedView) => void };
type RoundFeed = { subscribers: Set<Subscriber>; reading: boolean; dirty: boolean };

export class FeedHub {
  private readonly rounds = new Map<string, RoundFeed>();

  constructor(private readonly load: ViewLoader) {}

  /** Starts delivering to `deliver` the round's views newer than `lastEventId`; the first read is immediate. */
  subscribe(roundId: string, audience: Audience, lastEventId: bigint, deliver: (view: FeedView) => void): () => void {
    let feed = this.rounds.get(roundId);
    if (!feed) {
      feed = { subscribers: new Set(), reading: false, dirty: false };
      this.rounds.set(roundId, feed);
    }
    const subscriber: Subscriber = { audience, lastEventId, deliver };
    feed.subscribers.add(subscriber);
    void this.readFor(roundId, [subscriber]);
    return () => {
      const current = this.rounds.get(roundId);
      current?.subscribers.delete(subscriber);
      if (current && current.subscribers.size === 0 && !current.reading) this.rounds.delete(roundId);
    };
  }

  /** Something changed in this round. */
  notify(roundId: string): void {
    const feed = this.rounds.get(roundId);
    if (!feed) return;
    if (feed.reading) {
      feed.dirty = true;
      return;
    }
    void this.refresh(roundId, feed);
  }

  /** Events may have been missed (the listener reconnected): every round reads its state again. */
  resyncAll(): void {
    for (const roundId of this.rounds.keys()) this.notify(roundId);
  }

  get streamCount(): number {
    let count = 0;
    for (const feed of this.rounds.values()) count += feed.subscribers.size;
    return count;
  }

  private async refresh(roundId: string, feed: RoundFeed): Promise<void> {
    feed.reading = true;
    try {
      do {
        feed.dirty = false;
        await this.readFor(roundId, [...feed.subscribers]);
      } while (feed.dirty);
    } finally {
      feed.reading = false;
      if (feed.subscribers.size === 0) this.rounds.delete(roundId);
    }
  }

  private async readFor(roundId: string, subscribers: Subscriber[]): Promise<void> {
    for (const audience of ["facilitator", "attendee"] as const) {
      const audienceSubscribers = subscribers.filter((subscriber) => subscriber.audience === audience);
      if (audienceSubscribers.length === 0) continue;
      let view: FeedView | null;
      try {
        view = await this.load(roundId, audience);
      } catch (error) {
        logger.warn({ err: error, roundId }, "could not read the workshop view for its streams");
        continue;
      }
      if (!view) continue;
      for (const subscriber of audienceSubscribers) {
        // Never send a stream the same or an older state twice.
        if (view.eventId <= subscriber.lastEventId) continue;
        subscriber.lastEventId = view.eventId;
        try {
          subscriber.deliver(view);
        } catch (error) {
          logger.warn({ err: error }, "a workshop stream could not take an event");
        }
      }
    }
  }
}
