import "server-only";

// A server-sent event stream from a route handler. The headers matter as much as the body:
// `no-transform` makes Next.js's built-in compression (and well-behaved proxies) pass the stream
// through untouched — compressed, events would sit in a gzip buffer instead of reaching the browser
// — and `X-Accel-Buffering: no` asks nginx-style proxies not to buffer it either. A small
// "heartbeat" event every `heartbeatMs` keeps idle connections from being closed by proxies and load
// balancers, and lets the browser notice a connection that died without telling it (a comment line
// would do the first, but scripts cannot see comments). It carries no id, so it never moves the
// browser's Last-Event-ID.

export const SSE_HEADERS = {
  "Content-Type": "text/event-stream; charset=utf-8",
  "Cache-Control": "no-cache, no-transform",
  Connection: "keep-alive",
  "X-Accel-Buffering": "no",
} as const;

export const DEFAULT_HEARTBEAT_MS = 15_000;
/** Browsers wait this long before reconnecting a dropped stream. */
export const RECONNECT_AFTER_MS = 1_000;
/** A client this far behind (bytes queued) is cut off; it reconnects and catches up from the current state. */
const MAX_QUEUED_BYTES = 1_000_000;

export type SseMessage = { id?: string; event?: string; data: string };
export type SseChannel = { send: (message: SseMessage) => void; close: () => void };

export function formatSseMessage({ id, event, data }: SseMessage): string {
  let text = "";
  if (id !== undefined) text += `id: ${id}\n`;
  if (event !== undefined) text += `event: ${event}\n`;
  for (const line of data.split("\n")) text += `data: ${line}\n`;
  return `${text}\n`;
}

type StreamOptions = {
  signal: AbortSignal;
  heartbeatMs?: number;
  /** Called once the stream is open; returns what to do when it closes. */
  open: (channel: SseChannel) => (() => void) | Promise<() => void>;
};

export function eventStreamResponse({ signal, heartbeatMs = DEFAULT_HEARTBEAT_MS, open }: StreamOptions): Response {
  const encoder = new TextEncoder();
  let cleanup: (() => void) | undefined;
  let heartbeat: ReturnType<typeof setInterval> | undefined;
  let closed = false;

  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const finish = () => {
        if (closed) return;
        closed = true;
        clearInterval(heartbeat);
        signal.removeEventListener("abort", finish);
        cleanup?.();
        try {
          controller.close();
        } catch {
          // already closed by the client going away
        }
      };
      const write = (text: string) => {
        if (closed) return;
        if ((controller.desiredSize ?? 0) < -MAX_QUEUED_BYTES) return finish();
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          finish();
        }
      };
      signal.addEventListener("abort", finish);
      write(`retry: ${RECONNECT_AFTER_MS}\n\n`);
      heartbeat = setInterval(() => write(`event: heartbeat\ndata: ${Date.now()}\n\n`), heartbeatMs);
      const channel: SseChannel = { send: (message) => write(formatSseMessage(message)), close: finish };
      try {
        const stop = await open(channel);
        if (closed) stop();
        else cleanup = stop;
      } catch (error) {
        finish();
        throw error;
      }
      if (signal.aborted) finish();
    },
    cancel() {
      closed = true;
      clearInterval(heartbeat);
      cleanup?.();
    },
  }, new ByteLengthQueuingStrategy({ highWaterMark: 64 * 1024 }) as QueuingStrategy<Uint8Array>);

  return new Response(stream, { headers: SSE_HEADERS });
}
