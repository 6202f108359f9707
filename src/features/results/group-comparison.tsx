import { ScrollArea } from "@/components/ui/scroll-area";
import type { GroupCell, GroupScore, RoundScores } from "@/domain/scoring/round-scoring";

import { seriesColors } from "./chart-colors";
import { formatLevel } from "./format";
import { RadarChart } from "./radar-chart";

function heading(group: GroupScore): string {
  const people = `${group.participantCount} people`;
  return group.kind === "other" ? `${group.label} · ${people} (${group.folded.join(", ")})` : `${group.label} · ${people}`;
}

function Cell({ cell }: { cell: GroupCell | undefined }) {
  if (!cell || cell.respondents === 0) return <td className="p-2 text-ink-muted">no answers</td>;
  const level = (value: number | null, withheld: boolean) => (withheld ? "withheld" : formatLevel(value));
  return (
    <td className="p-2">
      {level(cell.current.median, cell.current.withheld)} / {level(cell.target.median, cell.target.withheld)} <span className="text-ink-muted">({cell.respondents})</span>
    </td>
  );
}

/** Where groups (for example business and IT) see the organization differently. */
export function GroupComparison({ scores, labels, maxLevel }: { scores: RoundScores; labels: Record<string, string>; maxLevel: number }) {
  const groups = scores.groups;
  if (groups.length < 2) {
    return (
      <p className="text-ink-muted">
        The comparison appears once at least two groups each have {scores.minGroupSize} or more participants with answers (smaller groups are folded into
        &quot;Other&quot;, see below).
      </p>
    );
  }
  const data = scores.dimensions.map((dimension) => ({
    dimension: labels[dimension.dimensionId] ?? dimension.name,
    ...Object.fromEntries(groups.map((group, index) => [`g${index}`, group.dimensions.find((entry) => entry.dimensionId === dimension.dimensionId)?.current.median ?? null])),
  }));
  const withheldSomewhere = groups.some((group) => group.dimensions.some((cell) => cell.current.withheld || cell.target.withheld));
  return (
    <figure className="space-y-4">
      <RadarChart
        data={data}
        maxLevel={maxLevel}
        series={groups.map((group, index) => ({ key: `g${index}`, label: `${group.label} (today)`, color: seriesColors[index % seriesColors.length]!, dashed: index % 2 === 1 }))}
      />
      <figcaption className="sr-only">Radar of today&apos;s median level by group; the table below has the same numbers.</figcaption>
      <ScrollArea label="Median level by group (scrolls sideways)">
        <table className="w-full min-w-[36rem] text-left text-sm">
          <caption className="p-3 text-left font-semibold">
            Median level by group: today / needed (people who answered, &quot;don&apos;t know&quot; included)
          </caption>
          <thead className="bg-brand-50">
            <tr>
              <th scope="col" className="p-2">Dimension</th>
              {groups.map((group) => (
                <th key={group.key} scope="col" className="p-2">
                  {heading(group)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {scores.dimensions.map((dimension) => (
              <tr key={dimension.dimensionId} className="border-t border-line">
                <th scope="row" className="p-2 font-medium">{dimension.name}</th>
                {groups.map((group) => (
                  <Cell key={group.key} cell={group.dimensions.find((item) => item.dimensionId === dimension.dimensionId)} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        {withheldSomewhere ? <p className="p-3 text-sm text-ink-muted">&quot;withheld&quot;: fewer than {scores.minGroupSize} people in this group gave a level for this dimension.</p> : null}
      </ScrollArea>
    </figure>
  );
}
