import { ScrollArea } from "@/components/ui/scroll-area";
import type { Prioritization } from "@/domain/plan/prioritize";
import { formatGap, formatLevel } from "@/domain/scoring/format";

/** "How this order is computed": the rule in words, then every input and the score, row by row. */
export function PriorityMethod({ prioritization, method }: { prioritization: Prioritization; method: string[] }) {
  const { weightsUsed: w } = prioritization;
  return (
    <details className="rounded-lg border border-line bg-surface p-4">
      <summary className="cursor-pointer font-medium">How this order is computed</summary>
      <div className="mt-3 space-y-3 text-sm">
        <ul className="list-disc space-y-1 pl-6">
          {method.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <ScrollArea label="Inputs and scores of the ranking (scrolls sideways)">
          <table className="w-full min-w-[40rem] text-left">
            <caption className="p-2 text-left font-semibold">
              Inputs (0–1) and score (0–100). Weights: gap {w.gap}, outcomes {w.outcomes}, disagreement {w.disagreement}.
            </caption>
            <thead className="bg-brand-50">
              <tr>
                <th scope="col" className="p-2">Dimension</th>
                <th scope="col" className="p-2">Today → needed</th>
                <th scope="col" className="p-2">Gap</th>
                <th scope="col" className="p-2">Gap input</th>
                <th scope="col" className="p-2">Outcome input</th>
                <th scope="col" className="p-2">Disagreement input</th>
                <th scope="col" className="p-2">Score</th>
                <th scope="col" className="p-2">Computed rank</th>
              </tr>
            </thead>
            <tbody>
              {[...prioritization.rows]
                .sort((a, b) => a.computedRank - b.computedRank)
                .map((row) => (
                  <tr key={row.dimensionId} className="border-t border-line">
                    <th scope="row" className="p-2 font-medium">{row.name}</th>
                    <td className="p-2">
                      {formatLevel(row.current)} → {formatLevel(row.target)}
                    </td>
                    <td className="p-2">{formatGap(row.gap)}</td>
                    <td className="p-2">{row.inputs.gap}</td>
                    <td className="p-2">{row.inputs.outcomes}</td>
                    <td className="p-2">{row.inputs.disagreement}</td>
                    <td className="p-2 font-semibold">{row.score}</td>
                    <td className="p-2">{row.computedRank}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        </ScrollArea>
        {prioritization.notRanked.length > 0 ? (
          <p className="text-ink-muted">Not ranked: {prioritization.notRanked.map((entry) => `${entry.name} (${entry.why})`).join(", ")}.</p>
        ) : null}
      </div>
    </details>
  );
}
