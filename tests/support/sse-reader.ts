// Reads a server-sent event stream chunk by chunk, as a browser does, so tests can wait for the
// next event (or comment) with a deadline and see exactly what arrived, and when.

export type ReceivedEvent = { id?: string; event?: string; data?: string; comment?: string; at: number };

export class SseReader {
  private buffer = "";
  private readonly events: ReceivedEvent[] = [];
  private waiters: (() => void)[] = [];
  private done = false;
  readonly raw: string[] = [];

  constructor(private readonly body: ReadableStream<Uint8Array>) {
    void this.pump();
  }

  private async pump() {
    const reader = this.body.getReader();
    const decoder = new TextDecoder();
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        const text = decoder.decode(value, { stream: true });
        this.raw.push(text);
        this.buffer += text;
        let end: number;
        while ((end = this.buffer.indexOf("\n\n")) >= 0) {
          const block = this.buffer.slice(0, end);
          this.buffer = this.buffer.slice(end + 2);
          this.events.push(parseBlock(block));
        }
        this.wake();
      }
    } catch {
      // aborted
    } finally {
      this.done = true;
      this.wake();
    }
  }

  private wake() {
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }

  get all(): readonly ReceivedEvent[] {
    return this.events;
  }

  /** The first event from `from` on that matches, waiting up to `timeoutMs`. */
  async next(match: (event: ReceivedEvent) => boolean, timeoutMs = 5_000, from = 0): Promise<ReceivedEvent> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.events.slice(from).find(match);
      if (found) return found;
      if (this.done) throw new Error(`stream ended before a matching event; got ${JSON.stringify(this.events)}`);
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no matching event within ${timeoutMs} ms; got ${JSON.stringify(this.events)}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  nextState(from = this.events.length, timeoutMs?: number) {
    return this.next((event) => event.event === "state", timeoutMs, from);
  }
}

function parseBlock(block: string): ReceivedEvent {
  const event: ReceivedEvent = { at: Date.now() };
  for (const line of block.split("\n")) {
    if (line.startsWith(":")) event.comment = line.slice(1).trim();
    else if (line.startsWith("id: ")) event.id = line.slice(4);
    else if (line.startsWith("event: ")) event.event = line.slice(7);
    else if (line.startsWith("data: ")) event.data = (event.data === undefined ? "" : `${event.data}\n`) + line.slice(6);
    else if (line.startsWith("retry: ")) event.comment = `retry ${line.slice(7)}`;
  }
  return event;
}
