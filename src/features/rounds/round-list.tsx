import Link from "next/link";

import { Badge } from "@/components/ui/badge";
import type { Round } from "@/server/rounds";

export const statusLabels = { DRAFT: "Draft", OPEN: "Open", CLOSED: "Closed" } as const;

export function RoundList({ slug, rounds }: { slug: string; rounds: Round[] }) {
  if (rounds.length === 0) return <p className="text-ink-muted">No assessment rounds yet.</p>;
  return (
    <ul className="divide-y divide-line rounded-lg border border-line bg-surface">
      {rounds.map((round) => (
        <li key={round.id} className="flex flex-wrap items-center justify-between gap-2 p-4">
          <Link href={`/w/${slug}/rounds/${round.id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
            {round.name}
          </Link>
          <span className="flex items-center gap-3 text-sm">
            <Badge>{statusLabels[round.status]}</Badge>
            <Link href={`/w/${slug}/rounds/${round.id}/results`} className="text-brand-700 underline">
              Results<span className="sr-only"> of {round.name}</span>
            </Link>
          </span>
        </li>
      ))}
    </ul>
  );
}
