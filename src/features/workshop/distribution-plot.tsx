import type { LevelDistribution, Reveal } from "@/domain/workshop/reveal";

import { GroupMarker } from "./group-markers";

// The revealed votes for one question (today or needed): a dot per vote on each level, marked by
// group with colour and shape, the count beside it, and the median and spread above. Anonymous: dots
// are grouped, never labelled with a person. A table with the same numbers follows for screen readers.

function formatLevel(value: number | null): string {
  return value === null ? "—" : Number.isInteger(value) ? String(value) : value.toFixed(1);
}

type PlotProps = { reveal: Reveal; field: "today" | "needed"; large?: boolean };

export function DistributionPlot({ reveal, field, large = false }: PlotProps) {
  const distribution: LevelDistribution = reveal[field];
  const { stats } = distribution;
  const title = field === "today" ? "Today" : "Needed";
  const markerSize = large ? 26 : 16;
  const showLegend = reveal.groups.length > 1;
  return (
    <figure className={`rounded-lg border-2 border-slate-300 bg-white ${large ? "p-5" : "p-3"}`}>
      <figcaption className="space-y-1">
        <p className={`font-bold ${large ? "text-3xl" : "text-lg"}`}>{title}</p>
        <p className={large ? "text-2xl" : "text-base"}>
          Median <strong>{formatLevel(stats.median)}</strong> · spread <strong>{stats.spread ?? "—"}</strong>
          {stats.min !== null ? ` (${stats.min}–${stats.max})` : ""} · {stats.count} vote{stats.count === 1 ? "" : "s"}
          {stats.dontKnow > 0 ? ` · ${stats.dontKnow} don't know` : ""}
        </p>
        {distribution.wideDisagreement ? (
          <p className={`inline-block rounded-md border-2 border-amber-700 bg-amber-50 px-2 py-1 font-bold text-amber-950 ${large ? "text-2xl" : "text-sm"}`}>
            ⚠ Wide disagreement: worth discussing
          </p>
        ) : null}
      </figcaption>
      <ol className={`mt-3 ${large ? "space-y-2" : "space-y-1"}`} aria-hidden="true">
        {distribution.levels.map((level) => (
          <li key={level.rank} className={`grid items-center gap-3 ${large ? "grid-cols-[15rem_1fr_3rem] text-2xl" : "grid-cols-[6.5rem_1fr_2rem] text-sm"}`}>
            <span className="truncate font-semibold">
              {level.rank} · {level.name}
            </span>
            <span className="flex min-h-7 flex-wrap items-center gap-1 border-l-2 border-slate-400 pl-2">
              {reveal.groups.flatMap((group, groupIndex) =>
                Array.from({ length: level.byGroup[group.key] ?? 0 }, (_, dot) => <GroupMarker key={`${group.key}-${dot}`} index={groupIndex} size={markerSize} />),
              )}
            </span>
            <span className="text-right font-bold tabular-nums">{level.total}</span>
          </li>
        ))}
      </ol>
      {showLegend ? (
        <ul className={`mt-3 flex flex-wrap gap-x-4 gap-y-1 ${large ? "text-xl" : "text-sm"}`} aria-label="Groups">
          {reveal.groups.map((group, index) => (
            <li key={group.key} className="flex items-center gap-1.5">
              <GroupMarker index={index} size={large ? 22 : 14} />
              {group.label}
              {group.folded.length > 0 ? <span className="text-slate-700"> ({group.folded.join(", ")})</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
      <table className="sr-only">
        <caption>
          {title}: votes per level{showLegend ? " and group" : ""}
        </caption>
        <thead>
          <tr>
            <th scope="col">Level</th>
            {showLegend ? reveal.groups.map((group) => <th key={group.key} scope="col">{group.label}</th>) : null}
            <th scope="col">Total</th>
          </tr>
        </thead>
        <tbody>
          {distribution.levels.map((level) => (
            <tr key={level.rank}>
              <th scope="row">
                {level.rank} · {level.name}
              </th>
              {showLegend ? reveal.groups.map((group) => <td key={group.key}>{level.byGroup[group.key] ?? 0}</td>) : null}
              <td>{level.total}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
