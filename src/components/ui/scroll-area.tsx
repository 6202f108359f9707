import type { ReactNode } from "react";

import { cn } from "@/lib/cn";

/**
 * A wide table's frame: it scrolls sideways inside itself on a phone, never the whole page.
 * `relative` keeps absolutely positioned descendants (screen-reader-only labels) inside the frame,
 * where they would otherwise widen the page; focusable and named so keyboard users can scroll it.
 */
export function ScrollArea({ label, className, children }: { label: string; className?: string; children: ReactNode }) {
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrolling region must be reachable by keyboard (axe: scrollable-region-focusable)
    <div role="region" aria-label={label} tabIndex={0} className={cn("relative overflow-x-auto rounded-lg border border-line bg-surface focus-visible:outline-3 focus-visible:outline-brand-600", className)}>
      {children}
    </div>
  );
}
