"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";

import { Button } from "@/components/ui/button";

type Outcome = { status: "idle" | "working" } | { status: "error"; message: string; details: string[] };

/**
 * Imports an organization from a JSON file exported by this app (here or in another workspace). The
 * file is read in the browser and sent as JSON to the import endpoint, which checks it whole and
 * creates everything or nothing.
 */
export function ImportOrganizationForm({ slug }: { slug: string }) {
  const router = useRouter();
  const [outcome, setOutcome] = useState<Outcome>({ status: "idle" });
  const fileId = useId();
  const nameId = useId();
  const errorId = useId();

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const file = (form.elements.namedItem("file") as HTMLInputElement).files?.[0];
    const name = (form.elements.namedItem("name") as HTMLInputElement).value;
    if (!file) return setOutcome({ status: "error", message: "Choose an organization file (.json) exported from MPEM Assessment.", details: [] });
    let document: unknown;
    try {
      document = JSON.parse(await file.text());
    } catch {
      return setOutcome({ status: "error", message: "This file is not JSON: choose an organization file exported from MPEM Assessment.", details: [] });
    }
    setOutcome({ status: "working" });
    const response = await fetch(`/api/w/${encodeURIComponent(slug)}/organizations/import`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ document, name }),
    }).catch(() => null);
    const body = (await response?.json().catch(() => null)) as { path?: string; message?: string; fieldErrors?: Record<string, string[]> } | null;
    if (response?.ok && body?.path) return router.push(body.path);
    const details = Object.values(body?.fieldErrors ?? {}).flat();
    if (details.length === 1) return setOutcome({ status: "error", message: details[0]!, details: [] });
    setOutcome({ status: "error", message: details.length > 1 ? "This file cannot be imported:" : (body?.message ?? "The import failed. Try again."), details });
  }

  return (
    <form onSubmit={submit} className="max-w-lg space-y-3" noValidate aria-describedby={outcome.status === "error" ? errorId : undefined}>
      {outcome.status === "error" ? (
        <div id={errorId} role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900">
          {outcome.message}
          {outcome.details.length > 0 ? (
            <ul className="mt-1 list-disc pl-5">
              {outcome.details.map((detail) => (
                <li key={detail}>{detail}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      <div>
        <label htmlFor={fileId} className="block text-sm font-medium">
          Organization file (.json)
        </label>
        <input id={fileId} name="file" type="file" accept="application/json,.json" className="mt-1 block w-full text-sm" />
      </div>
      <div>
        <label htmlFor={nameId} className="block text-sm font-medium">
          Import as (optional)
        </label>
        <p className="text-sm text-ink-muted">Leave empty to keep the name in the file.</p>
        <input id={nameId} name="name" type="text" maxLength={120} className="mt-1 block w-full rounded-md border border-line bg-surface px-3 py-2" />
      </div>
      <Button type="submit" disabled={outcome.status === "working"}>
        {outcome.status === "working" ? "Importing…" : "Import organization"}
      </Button>
      <p className="text-sm text-ink-muted">Participants come with their answers but new links: issue them again on the round page if the round is to go on.</p>
    </form>
  );
}
