"use client";

import { useRef, useState } from "react";

import { CopyButton } from "@/components/ui/copy-button";

/** Invite links shown once after they are made, each with its own copy button, and all at once. */
export function IssuedLinks({ links }: { links: { displayName: string; url: string }[] }) {
  const fields = useRef(new Map<string, HTMLInputElement | null>());
  const allField = useRef<HTMLTextAreaElement>(null);
  const [showAll, setShowAll] = useState(false);
  if (links.length === 0) return null;
  const all = links.map((link) => `${link.displayName}\t${link.url}`).join("\n");
  return (
    <div className="space-y-3 rounded-md border border-brand-100 bg-brand-50 p-4">
      <ul className="space-y-3">
        {links.map((link) => (
          <li key={link.url} className="space-y-1">
            <label className="block text-sm font-medium">
              Link for {link.displayName}
              <input
                ref={(element) => {
                  fields.current.set(link.url, element);
                }}
                readOnly
                value={link.url}
                onFocus={(event) => event.currentTarget.select()}
                className="mt-1 block w-full min-w-0 rounded-md border border-line bg-surface px-3 py-2 font-mono text-xs"
              />
            </label>
            <CopyButton text={link.url} detail={`the link for ${link.displayName}`} copied={`Copied the link for ${link.displayName}.`} field={() => fields.current.get(link.url) ?? null} />
          </li>
        ))}
      </ul>
      {links.length > 1 ? (
        <div className="space-y-1 border-t border-brand-100 pt-3">
          {/* Without a clipboard, all links appear in one field, selected, to copy by hand. */}
          {showAll ? (
            <label className="block text-sm font-medium">
              All links, one per line
              <textarea ref={allField} readOnly value={all} rows={Math.min(links.length, 8)} className="mt-1 block w-full rounded-md border border-line bg-surface px-3 py-2 font-mono text-xs" />
            </label>
          ) : null}
          <CopyButton text={all} label="Copy all links" copied={`Copied all ${links.length} links.`} field={() => allField.current} onFallback={() => setShowAll(true)} />
        </div>
      ) : null}
    </div>
  );
}
