"use client";

/** Invite links shown once after they are made, each ready to copy. */
export function IssuedLinks({ links }: { links: { displayName: string; url: string }[] }) {
  if (links.length === 0) return null;
  const all = links.map((link) => `${link.displayName}\t${link.url}`).join("\n");
  return (
    <div className="space-y-2 rounded-md border border-brand-100 bg-brand-50 p-4">
      <ul className="space-y-2">
        {links.map((link) => (
          <li key={link.url}>
            <label className="block text-sm font-medium">
              Link for {link.displayName}
              <input readOnly value={link.url} onFocus={(event) => event.currentTarget.select()} className="mt-1 block w-full rounded-md border border-line bg-surface px-3 py-2 font-mono text-xs" />
            </label>
          </li>
        ))}
      </ul>
      <button type="button" className="text-sm font-medium text-brand-700 underline" onClick={() => void navigator.clipboard?.writeText(all)}>
        Copy all links
      </button>
    </div>
  );
}
