import Link from "next/link";

import { Badge } from "@/components/ui/badge";
import type { RoundStanding } from "@/domain/history/round-standing";
import { formatLevel } from "@/lib/level-format";
import type { Round } from "@/server/rounds";

export const statusLabels = { DRAFT: "Draft", OPEN: "Open", CLOSED: "Closed" } as const;

const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });
const day = (date: Date) => dateFormat.format(date);

/** When the round ran, or is planned to: what a consultant scans the list for. */
function roundDates(round: Round): string {
  if (round.status === "CLOSED") return round.openedAt && round.closedAt ? `${day(round.openedAt)} – ${day(round.closedAt)}` : round.closedAt ? `Closed ${day(round.closedAt)}` : "Closed";
  if (round.status === "OPEN") return [round.openedAt ? `Open since ${day(round.openedAt)}` : "Open", round.closesOn ? `closes ${day(round.closesOn)}` : null].filter(Boolean).join(" · ");
  if (round.opensOn) return `Planned ${day(round.opensOn)}${round.closesOn ? ` – ${day(round.closesOn)}` : ""}`;
  return `Created ${day(round.createdAt)}`;
}

function Standing({ standing }: { standing: RoundStanding }) {
  if (standing.current === null) return <span className="text-ink-muted">Overall withheld (too few answers)</span>;
  const arrow = standing.change === null || standing.change === 0 ? null : standing.change > 0 ? "↑" : "↓";
  return (
    <span>
      Overall today <strong>{formatLevel(standing.current)}</strong>, needed <strong>{formatLevel(standing.target)}</strong>
      {standing.change !== null ? (
        <span className="text-ink-muted">
          {" · "}
          {arrow ? <span aria-hidden="true">{arrow} </span> : null}
          {standing.change === 0 ? "unchanged" : `${standing.change > 0 ? "up" : "down"} ${formatLevel(Math.abs(standing.change))}`} since {standing.previousName}
        </span>
      ) : null}
    </span>
  );
}

/** `standings`: closed rounds' published overall levels by round id (rounds without one show none). */
export function RoundList({ slug, rounds, standings }: { slug: string; rounds: Round[]; standings?: ReadonlyMap<string, RoundStanding> }) {
  if (rounds.length === 0) return <p className="text-ink-muted">No assessment rounds yet.</p>;
  return (
    <ul className="divide-y divide-line rounded-lg border border-line bg-surface">
      {rounds.map((round) => {
        const standing = standings?.get(round.id);
        return (
          <li key={round.id} className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2 p-4">
            <div className="min-w-0 space-y-1">
              <Link href={`/w/${slug}/rounds/${round.id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
                {round.name}
              </Link>
              <p className="text-sm text-ink-muted">{roundDates(round)}</p>
              {standing ? <p className="text-sm">
                  <Standing standing={standing} />
                </p> : null}
            </div>
            <span className="flex items-center gap-3 text-sm">
              <Badge>{statusLabels[round.status]}</Badge>
              <Link href={`/w/${slug}/rounds/${round.id}/results`} className="text-brand-700 underline">
                Results<span className="sr-only"> of {round.name}</span>
              </Link>
            </span>
          </li>
        );
      })}
    </ul>
  );
}
