"use client";

import { useCallback, useEffect, useRef, useState } from "react";

// The live view from the server: a server-sent event stream, reopened with the last event id after
// any drop (so the server sends what was missed), and polling while the stream is down or cannot be
// opened at all (an old browser, a proxy that refuses event streams).

export type FeedConnection = "live" | "reconnecting" | "polling";

const POLL_EVERY_MS = 2_000;
/** The server sends a heartbeat every 15 s; silence for longer than this means the connection died quietly. */
const SILENCE_LIMIT_MS = 40_000;

type Options<View extends { eventId: string }> = {
  streamUrl: string;
  /** Returns the current view (and anything else the page needs) for polling and for catching up. */
  poll: () => Promise<View | null>;
  initial: View;
};

export function useWorkshopFeed<View extends { eventId: string }>({ streamUrl, poll, initial }: Options<View>) {
  const [view, setView] = useState<View>(initial);
  const [connection, setConnection] = useState<FeedConnection>("live");
  const lastEventId = useRef(BigInt(initial.eventId));
  const pollRef = useRef(poll);

  useEffect(() => {
    pollRef.current = poll;
  }, [poll]);

  const apply = useCallback((next: View | null) => {
    if (!next) return;
    const id = BigInt(next.eventId);
    if (id < lastEventId.current) return; // an older copy arriving late
    lastEventId.current = id;
    setView(next);
  }, []);

  useEffect(() => {
    let source: EventSource | null = null;
    let pollTimer: ReturnType<typeof setInterval> | undefined;
    let silenceTimer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;

    const pollOnce = () => void pollRef.current().then(apply, () => {});
    const startPolling = () => {
      if (pollTimer) return;
      pollOnce();
      pollTimer = setInterval(pollOnce, POLL_EVERY_MS);
    };
    const stopPolling = () => {
      clearInterval(pollTimer);
      pollTimer = undefined;
    };
    const heard = () => {
      clearTimeout(silenceTimer);
      silenceTimer = setTimeout(reopen, SILENCE_LIMIT_MS);
    };
    function open() {
      if (stopped) return;
      if (typeof EventSource === "undefined") {
        setConnection("polling");
        startPolling();
        return;
      }
      const url = `${streamUrl}${streamUrl.includes("?") ? "&" : "?"}lastEventId=${lastEventId.current}`;
      const stream = new EventSource(url);
      source = stream;
      stream.onopen = () => {
        setConnection("live");
        stopPolling();
        heard();
      };
      stream.addEventListener("state", (event) => {
        heard();
        apply(JSON.parse((event as MessageEvent<string>).data) as View);
      });
      stream.addEventListener("heartbeat", heard);
      stream.onerror = () => {
        // CONNECTING: the browser retries by itself (sending Last-Event-ID); CLOSED: it gave up
        // (the server refused the stream). Either way, poll meanwhile so the screen keeps up.
        setConnection(stream.readyState === EventSource.CLOSED ? "polling" : "reconnecting");
        startPolling();
        if (stream.readyState === EventSource.CLOSED) silenceTimer = setTimeout(reopen, 10_000);
      };
    }
    function reopen() {
      source?.close();
      source = null;
      clearTimeout(silenceTimer);
      open();
    }
    const onOnline = () => reopen();
    // Offline, the stream is dead even if the browser has not noticed yet: say so, and reopen it
    // (with the last event id, so the server sends what was missed) when the network is back.
    const onOffline = () => {
      source?.close();
      source = null;
      clearTimeout(silenceTimer);
      setConnection("reconnecting");
      startPolling();
    };
    const onVisible = () => {
      if (document.visibilityState === "visible" && source?.readyState !== EventSource.OPEN) reopen();
    };
    open();
    window.addEventListener("online", onOnline);
    window.addEventListener("offline", onOffline);
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      stopped = true;
      source?.close();
      stopPolling();
      clearTimeout(silenceTimer);
      window.removeEventListener("online", onOnline);
      window.removeEventListener("offline", onOffline);
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, [apply, streamUrl]);

  return { view, connection, apply };
}

export function ConnectionBadge({ connection, className = "" }: { connection: FeedConnection; className?: string }) {
  const label = connection === "live" ? "Live" : connection === "reconnecting" ? "Reconnecting…" : "Updating every few seconds";
  return (
    <span role="status" aria-live="polite" data-connection={connection} className={`rounded-full px-3 py-1 text-sm font-semibold ${className}`}>
      {label}
    </span>
  );
}
