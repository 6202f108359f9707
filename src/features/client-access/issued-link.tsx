"use client";

import { useRef } from "react";

import { CopyButton } from "@/components/ui/copy-button";

/** A link shown once, right after it is made, with a copy button. */
export function IssuedLink({ url, label }: { url: string; label: string }) {
  const field = useRef<HTMLInputElement>(null);
  return (
    <div className="space-y-2 rounded-md border border-brand-100 bg-brand-50 p-4">
      <label className="block text-sm font-medium">
        {label}
        <input ref={field} readOnly value={url} onFocus={(event) => event.currentTarget.select()} className="mt-1 block w-full min-w-0 rounded-md border border-line bg-surface px-3 py-2 font-mono text-xs" />
      </label>
      <CopyButton text={url} label="Copy link" copied="Copied the link." field={() => field.current} />
    </div>
  );
}
