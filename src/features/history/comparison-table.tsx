import { ScrollArea } from "@/components/ui/scroll-area";
import type { ComparisonView } from "@/domain/history/comparison";
import { formatChange, formatLevel } from "@/lib/level-format";

// Planned versus actual, per dimension: today and needed then and now, the change with an arrow
// (and words for screen readers), and whether today's level reached what the previous round said
// was needed.

function Change({ value }: { value: number | null }) {
  if (value === null) return <span className="text-ink-muted">—</span>;
  const [symbol, words] = value > 0 ? ["↑", "up"] : value < 0 ? ["↓", "down"] : ["→", "unchanged"];
  return (
    <span className="whitespace-nowrap font-semibold">
      <span aria-hidden="true">{symbol}</span> <span className="sr-only">{words} </span>
      {value === 0 ? "" : formatChange(value)}
    </span>
  );
}

function Reached({ value }: { value: boolean | null }) {
  if (value === null) return <span className="text-ink-muted">—</span>;
  return value ? (
    <span className="whitespace-nowrap font-semibold text-green-800">
      <span aria-hidden="true">✓</span> Target reached
    </span>
  ) : (
    <span className="whitespace-nowrap">Not yet</span>
  );
}

export function ComparisonTable({ view }: { view: ComparisonView }) {
  if (!view.comparable) {
    return <p className="text-ink-muted">{view.previousName} ran on another framework or version, so its levels are not compared with this round&apos;s.</p>;
  }
  const { previousName: then, currentName: now } = view;
  return (
    <ScrollArea label={`Compared with ${then} (scrolls sideways)`}>
      <table className="w-full min-w-[46rem] text-left text-sm">
        <caption className="p-3 text-left font-semibold">
          Today and needed in {then} and {now}, the change, and whether the level needed in {then} was reached
        </caption>
        <thead className="bg-brand-50">
          <tr>
            <th scope="col" className="p-2">Dimension</th>
            <th scope="col" className="p-2">Today, {then}</th>
            <th scope="col" className="p-2">Today, {now}</th>
            <th scope="col" className="p-2">Change today</th>
            <th scope="col" className="p-2">Needed, {then}</th>
            <th scope="col" className="p-2">Needed, {now}</th>
            <th scope="col" className="p-2">Change needed</th>
            <th scope="col" className="p-2">{then}&apos;s target</th>
          </tr>
        </thead>
        <tbody>
          {view.rows.map((row) => (
            <tr key={row.dimensionId} className="border-t border-line">
              <th scope="row" className="p-2 font-medium">{row.name}</th>
              <td className="p-2">{formatLevel(row.then?.current)}</td>
              <td className="p-2">{formatLevel(row.now?.current)}</td>
              <td className="p-2">
                <Change value={row.currentChange} />
              </td>
              <td className="p-2">{formatLevel(row.then?.target)}</td>
              <td className="p-2">{formatLevel(row.now?.target)}</td>
              <td className="p-2">
                <Change value={row.targetChange} />
              </td>
              <td className="p-2">
                <Reached value={row.targetReached} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="p-3 text-sm text-ink-muted">
        A target is reached when today&apos;s level in {now} is at or above the level {then} said was needed. Levels of {then} are as published when it closed.
      </p>
    </ScrollArea>
  );
}
