import Link from "next/link";

import { Button } from "@/components/ui/button";

type Props = {
  slug: string;
  roundId: string;
  isClosed: boolean;
  canManage: boolean;
  previous: { id: string; name: string } | null;
  next: { id: string; name: string } | null;
};

/** Where a round sits in the organization's six-monthly series, and the way to start the next one. */
export function RoundLineage({ slug, roundId, isClosed, canManage, previous, next }: Props) {
  const canStart = isClosed && canManage && !next;
  if (!previous && !next && !canStart) return null;
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
      {previous ? (
        <p>
          Follows{" "}
          <Link className="font-medium text-brand-700 underline" href={`/w/${slug}/rounds/${previous.id}`}>
            {previous.name}
          </Link>
          : participants who took part there see what they answered and confirm or change it.
        </p>
      ) : null}
      {next ? (
        <p>
          Next round:{" "}
          <Link className="font-medium text-brand-700 underline" href={`/w/${slug}/rounds/${next.id}`}>
            {next.name}
          </Link>
        </p>
      ) : null}
      {canStart ? (
        <Button asChild>
          <Link href={`/w/${slug}/rounds/${roundId}/next`}>Start the next round</Link>
        </Button>
      ) : null}
    </div>
  );
}
