import type { RoundScores } from "@/domain/scoring/round-scoring";

import { formatLevel } from "./format";

/** Said when the framework's data gives no words of its own for why an imbalance matters. */
const GENERAL_NOTE = "A dimension far ahead of or behind the others is worth a closer look: strength in one place rarely pays off while others lag behind.";

/** Strength in one dimension rarely pays off while others lag far behind; the framework may say why in its own words. */
export function ImbalanceWarnings({ scores, note }: { scores: RoundScores; note?: string }) {
  if (scores.imbalances.length === 0) return null;
  return (
    <div role="note" className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-950">
      <h2 className="font-semibold">Imbalance</h2>
      <p className="mt-1 text-sm">These dimensions sit far from the organization&apos;s overall level today ({formatLevel(scores.overall.current)}).</p>
      <p className="mt-1 text-sm">{note ? <>The model&apos;s own example: &ldquo;{note}&rdquo;</> : GENERAL_NOTE}</p>
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
