import type { RoundScores } from "@/domain/scoring/round-scoring";

import { seriesColors } from "./chart-colors";
import { formatLevel } from "./format";
import { RadarChart } from "./radar-chart";

/** Where groups (for example business and IT) see the organization differently. */
export function GroupComparison({ scores, shortNames }: { scores: RoundScores; shortNames: Record<string, string> }) {
  const groups = scores.groups;
  if (groups.length < 2) return <p className="text-ink-muted">Group comparison appears once participants from at least two groups have answered.</p>;
  const data = scores.dimensions.map((dimension) => ({
    dimension: shortNames[dimension.dimensionId] ?? dimension.name,
    ...Object.fromEntries(groups.map((group, index) => [`g${index}`, group.dimensions.find((entry) => entry.dimensionId === dimension.dimensionId)?.current.median ?? null])),
  }));
  return (
    <figure className="space-y-4">
      <RadarChart data={data} series={groups.map((group, index) => ({ key: `g${index}`, label: `${group.group} (today)`, color: seriesColors[index % seriesColors.length]!, dashed: index % 2 === 1 }))} />
      <figcaption className="sr-only">Radar of today&apos;s median level by group; the table below has the same numbers.</figcaption>
      <div className="overflow-x-auto rounded-lg border border-line bg-surface">
        <table className="w-full min-w-[36rem] text-left text-sm">
          <caption className="p-3 text-left font-semibold">Median level by group: today / needed (answers)</caption>
          <thead className="bg-brand-50">
            <tr>
              <th scope="col" className="p-2">Dimension</th>
              {groups.map((group) => (
                <th key={group.group} scope="col" className="p-2">
                  {group.group} ({group.participantCount})
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {scores.dimensions.map((dimension) => (
              <tr key={dimension.dimensionId} className="border-t border-line">
                <th scope="row" className="p-2 font-medium">{dimension.name}</th>
                {groups.map((group) => {
                  const entry = group.dimensions.find((item) => item.dimensionId === dimension.dimensionId);
                  return (
                    <td key={group.group} className="p-2">
                      {formatLevel(entry?.current.median)} / {formatLevel(entry?.target.median)} ({entry?.current.count ?? 0})
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
