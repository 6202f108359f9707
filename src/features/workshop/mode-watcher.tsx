"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/**
 * On the self-paced questionnaire: when the facilitator starts (or returns to) the live workshop,
 * the page switches to the workshop screen by itself. Polls when the stream cannot be opened.
 */
export function ModeWatcher({ token }: { token: string }) {
  const router = useRouter();
  useEffect(() => {
    let pollTimer: ReturnType<typeof setInterval> | undefined;
    const check = (view: { mode?: string; roundStatus?: string } | null | undefined) => {
      if (view?.mode === "workshop" && view.roundStatus === "OPEN") router.refresh();
    };
    const poll = () =>
      void fetch(`/api/r/${token}/workshop`, { cache: "no-store" })
        .then((response) => (response.ok ? (response.json() as Promise<{ view: { mode: string; roundStatus: string } | null }>) : null))
        .then((state) => check(state?.view), () => {});
    if (typeof EventSource === "undefined") {
      pollTimer = setInterval(poll, 5_000);
      return () => clearInterval(pollTimer);
    }
    const source = new EventSource(`/api/r/${token}/workshop/events`);
    source.addEventListener("state", (event) => check(JSON.parse((event as MessageEvent<string>).data) as { mode: string; roundStatus: string }));
    source.onerror = () => {
      if (source.readyState === EventSource.CLOSED && !pollTimer) pollTimer = setInterval(poll, 5_000);
    };
    return () => {
      source.close();
      clearInterval(pollTimer);
    };
  }, [router, token]);
  return null;
}
