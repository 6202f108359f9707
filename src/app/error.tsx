"use client";

import { Button } from "@/components/ui/button";

// Shown when a page throws. The message stays generic: details go to the server log, never to
// the browser, where they could leak internals. The digest lets support find the log entry.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <section role="alert" className="mx-auto max-w-xl py-16 text-center">
      <h1 className="text-3xl font-bold">Something went wrong</h1>
      <p className="mt-4 text-ink-muted">
        The page could not be shown. Nothing you saved has been lost. Try again, and if it keeps happening, tell us
        the reference below.
      </p>
      {error.digest ? <p className="mt-2 font-mono text-sm text-ink-muted">Reference: {error.digest}</p> : null}
      <Button className="mt-8" onClick={reset}>
        Try again
      </Button>
    </section>
  );
}
