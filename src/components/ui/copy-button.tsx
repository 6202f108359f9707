"use client";

import { useEffect, useRef, useState } from "react";

import { Button } from "@/components/ui/button";

type Outcome = "idle" | "copied" | "selected";

/** Writes to the clipboard; over plain http (not localhost) the async API is missing, so fall back. */
async function copyText(text: string, field: HTMLInputElement | HTMLTextAreaElement | null): Promise<"copied" | "selected"> {
  if (window.isSecureContext && navigator.clipboard?.writeText) {
    try {
      await navigator.clipboard.writeText(text);
      return "copied";
    } catch {
      // Permission refused or not focused: try the older way below.
    }
  }
  if (field) {
    field.focus();
    field.select();
    // The legacy command still copies a selection on insecure origins; if it cannot, the text stays
    // selected so the user can copy it by hand.
    try {
      if (document.execCommand("copy")) return "copied";
    } catch {
      // Fall through to "selected".
    }
  }
  return "selected";
}

/**
 * A copy button with visible and announced feedback ("Copied"). Without a working clipboard it
 * selects the text in `field` and says how to copy it by hand.
 */
export function CopyButton({
  text,
  label = "Copy",
  detail,
  copied,
  field,
  onFallback,
}: {
  text: string;
  label?: string;
  /** Read after the label by screen readers only ("the link for Ana"). */
  detail?: string;
  /** What the status says once copied ("Copied the link for Ana."). */
  copied: string;
  field: () => HTMLInputElement | HTMLTextAreaElement | null;
  /** Called before selecting, so a hidden field can be shown first. */
  onFallback?: () => void;
}) {
  const [outcome, setOutcome] = useState<Outcome>("idle");
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const onClick = async () => {
    if (!(window.isSecureContext && navigator.clipboard?.writeText)) onFallback?.();
    // A field just shown must be rendered before it can be selected.
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const result = await copyText(text, field());
    setOutcome(result);
    clearTimeout(timer.current);
    if (result === "copied") timer.current = setTimeout(() => setOutcome("idle"), 4000);
  };
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <Button type="button" variant="secondary" size="sm" onClick={() => void onClick()}>
        {outcome === "copied" ? "Copied" : label}
        {detail ? <span className="sr-only"> {detail}</span> : null}
      </Button>
      <span role="status" className="text-sm text-ink-muted">
        {outcome === "copied" ? copied : outcome === "selected" ? "Selected: press Ctrl+C (⌘C on a Mac) to copy." : ""}
      </span>
    </span>
  );
}
