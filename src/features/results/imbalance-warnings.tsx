import type { RoundScores } from "@/domain/scoring/round-scoring";

import { formatLevel } from "./format";

/** MPEM section 6: strength in one dimension rarely pays off while others lag far behind. */
export function ImbalanceWarnings({ scores }: { scores: RoundScores }) {
  if (scores.imbalances.length === 0) return null;
  return (
    <div role="note" className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-950">
      <h2 className="font-semibold">Imbalance</h2>
      <p className="mt-1 text-sm">
        These dimensions sit far from the organization&apos;s overall level today ({formatLevel(scores.overall.current)}). The model warns that,
        for example, Level 5 technology with Level 1 processes explains why large investments do not pay off.
      </p>
      <ul className="mt-2 list-disc pl-6 text-sm">
        {scores.imbalances.map((imbalance) => (
          <li key={imbalance.dimensionId}>
            {imbalance.name} is at {formatLevel(imbalance.current)}, {imbalance.direction === "ahead" ? "ahead of" : "behind"} the rest.
          </li>
        ))}
      </ul>
    </div>
  );
}
