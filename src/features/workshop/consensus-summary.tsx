import { ScrollArea } from "@/components/ui/scroll-area";
import type { LevelCounts, RecordedConsensus } from "@/server/workshop/consensus";

type SummaryProps = {
  consensus: RecordedConsensus[];
  counts: LevelCounts;
  dimensions: readonly { id: string; name: string }[];
  levels: readonly { rank: number; name: string }[];
};

/**
 * The workshop's decisions beside the answers behind them: where a consensus is recorded it is the
 * dimension's official level, and the distribution shows how far apart people were.
 */
export function ConsensusSummary({ consensus, counts, dimensions, levels }: SummaryProps) {
  if (consensus.length === 0) return null;
  const byId = new Map(consensus.map((entry) => [entry.dimensionId, entry]));
  const distribution = (dimensionId: string, field: "current" | "target") => {
    const rows = counts.filter((row) => row.dimensionId === dimensionId && row.field === field);
    if (rows.length === 0) return "fewer than 3 answers";
    return levels.map((level) => `${level.rank}: ${rows.find((row) => row.level === level.rank)?.count ?? 0}`).join(" · ");
  };
  return (
    <section aria-labelledby="consensus-summary-title" className="space-y-3">
      <h2 id="consensus-summary-title" className="text-xl font-semibold">
        Agreed in the workshop
      </h2>
      <p className="text-sm text-ink-muted">
        These levels replace the median in the results above. The distribution is how many participants chose each level (level: answers).
      </p>
      <ScrollArea label="Consensus and the answers behind it (scrolls sideways)">
        <table className="w-full min-w-[44rem] text-left text-sm">
          <caption className="p-3 text-left font-semibold">Consensus and the answers behind it</caption>
          <thead className="bg-brand-50">
            <tr>
              <th scope="col" className="p-2">Dimension</th>
              <th scope="col" className="p-2">Agreed today</th>
              <th scope="col" className="p-2">Agreed needed</th>
              <th scope="col" className="p-2">Answers today</th>
              <th scope="col" className="p-2">Answers needed</th>
              <th scope="col" className="p-2">Rationale and dissent</th>
            </tr>
          </thead>
          <tbody>
            {dimensions
              .filter((dimension) => byId.has(dimension.id))
              .map((dimension) => {
                const entry = byId.get(dimension.id)!;
                return (
                  <tr key={dimension.id} className="border-t border-line align-top">
                    <th scope="row" className="p-2 font-medium">
                      {dimension.name}
                    </th>
                    <td className="p-2 font-semibold">{entry.currentLevel ?? "—"}</td>
                    <td className="p-2 font-semibold">{entry.targetLevel ?? "—"}</td>
                    <td className="p-2">{distribution(dimension.id, "current")}</td>
                    <td className="p-2">{distribution(dimension.id, "target")}</td>
                    <td className="p-2">
                      {entry.rationale}
                      {entry.dissent ? <span className="mt-1 block text-ink-muted">Dissent: {entry.dissent}</span> : null}
                      <span className="mt-1 block text-xs text-ink-muted">
                        Recorded by {entry.recordedByName} after {entry.votingRound === 1 ? "the first vote" : `revote ${entry.votingRound - 1}`}
                      </span>
                    </td>
                  </tr>
                );
              })}
          </tbody>
        </table>
      </ScrollArea>
    </section>
  );
}
