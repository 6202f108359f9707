import "server-only";

import pg from "pg";

import { getServerEnv } from "@/env";
import { logger } from "@/server/logger";

import { parseNotification, WORKSHOP_CHANNEL } from "./events";

// One dedicated PostgreSQL connection per app instance LISTENs for workshop events and hands them
// to this instance's open streams. Several instances behind a load balancer each hold their own,
// so a vote saved through any instance reaches presenters connected to every other one.
//
// If the connection drops, notifications sent meanwhile are lost; on reconnecting, every
// subscriber is told to resynchronise (re-read the current state), so nothing stays missed.

export type ListenerHandler = { onEvent: (roundId: string, eventId: bigint) => void; onResync: () => void };

const RECONNECT_DELAYS_MS = [250, 1_000, 3_000, 10_000];

export class WorkshopListener {
  private client: pg.Client | null = null;
  private connecting: Promise<void> | null = null;
  private failures = 0;
  private closed = false;
  private everConnected = false;
  private reconnectTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly connectionString: string,
    private readonly handler: ListenerHandler,
  ) {}

  /** Resolves once listening (or after the first failed attempt; retries continue in the background). */
  start(): Promise<void> {
    this.connecting ??= this.connect();
    return this.connecting;
  }

  get isListening(): boolean {
    return this.client !== null;
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.connectionString, keepAlive: true, application_name: "mpem-workshop-listener" });
    client.on("notification", (message) => {
      if (message.channel !== WORKSHOP_CHANNEL) return;
      const event = parseNotification(message.payload);
      if (event) this.handler.onEvent(event.roundId, event.eventId);
    });
    client.on("error", (error) => {
      logger.warn({ err: error }, "workshop listener connection failed");
      this.drop(client);
    });
    client.on("end", () => this.drop(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${WORKSHOP_CHANNEL}`);
      if (this.closed) {
        await client.end().catch(() => {});
        return;
      }
      this.client = client;
      this.failures = 0;
      if (this.everConnected) this.handler.onResync();
      this.everConnected = true;
    } catch (error) {
      logger.warn({ err: error }, "workshop listener could not connect");
      this.drop(client);
    }
  }

  private drop(client: pg.Client) {
    if (this.client === client) this.client = null;
    client.removeAllListeners("notification");
    void client.end().catch(() => {});
    if (this.closed || this.reconnectTimer) return;
    const delay = RECONNECT_DELAYS_MS[Math.min(this.failures, RECONNECT_DELAYS_MS.length - 1)];
    this.failures += 1;
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = undefined;
      this.connecting = this.connect();
    }, delay);
    this.reconnectTimer.unref?.();
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.reconnectTimer);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => {});
  }
}

const globalForListener = globalThis as unknown as { mpemWorkshopListener?: WorkshopListener };

export function getWorkshopListener(handler: ListenerHandler): WorkshopListener {
  globalForListener.mpemWorkshopListener ??= new WorkshopListener(getServerEnv().DATABASE_URL, handler);
  return globalForListener.mpemWorkshopListener;
}
