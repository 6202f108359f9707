// Helpers for the workshop benchmark: a server-sent event client that keeps only what the benchmark
// needs (each state's time, id, count and dimension).

export type StateSeen = { at: number; id: bigint; voted: number; dimension: string; votingRound: number };

/** One open event stream, parsed as a browser would; remembers the last event id for reconnecting. */
export class BenchStream {
  readonly states: StateSeen[] = [];
  lastEventId = -1n;
  private controller = new AbortController();
  private listeners: ((state: StateSeen) => void)[] = [];
  opened: Promise<void>;

  constructor(
    private readonly url: string,
    private readonly headers: Record<string, string> = {},
  ) {
    this.opened = this.open();
  }

  private async open(): Promise<void> {
    const response = await fetch(this.url, {
      headers: { Accept: "text/event-stream", ...this.headers, ...(this.lastEventId >= 0n ? { "Last-Event-ID": String(this.lastEventId) } : {}) },
      signal: this.controller.signal,
    });
    if (!response.ok || !response.body) throw new Error(`stream ${this.url} answered ${response.status}`);
    void this.read(response.body);
  }

  private async read(body: ReadableStream<Uint8Array>) {
    const reader = body.getReader();
    const decoder = new TextDecoder();
    let buffer = "";
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += decoder.decode(value, { stream: true });
        let end: number;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          if (!block.includes("event: state")) continue;
          const id = /^id: (\d+)$/m.exec(block)?.[1];
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (!id || !data) continue;
          const view = JSON.parse(data) as { voted: number; currentDimensionId: string; votingRound: number };
          const state = { at: performance.now(), id: BigInt(id), voted: view.voted, dimension: view.currentDimensionId, votingRound: view.votingRound };
          this.lastEventId = state.id;
          this.states.push(state);
          for (const listener of this.listeners) listener(state);
        }
      }
    } catch {
      // aborted: a forced disconnect
    }
  }

  get latest(): StateSeen | undefined {
    return this.states.at(-1);
  }

  /** Resolves with the time of the first state (from now on, or already seen) that matches. */
  waitFor(match: (state: StateSeen) => boolean, timeoutMs = 10_000): Promise<StateSeen> {
    const seen = this.states.find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no matching state within ${timeoutMs} ms on ${this.url}`)), timeoutMs);
      const listener = (state: StateSeen) => {
        if (!match(state)) return;
        clearTimeout(timer);
        this.listeners = this.listeners.filter((entry) => entry !== listener);
        resolve(state);
      };
      this.listeners.push(listener);
    });
  }

  /** Drops the connection without a goodbye, as a lost network does. */
  drop() {
    this.controller.abort();
    this.controller = new AbortController();
  }

  /** Reconnects with the last event id seen, as EventSource does. */
  reconnect() {
    this.opened = this.open();
    return this.opened;
  }

  close() {
    this.controller.abort();
  }
}

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}
