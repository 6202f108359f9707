import type { RoundScores } from "@/domain/scoring/round-scoring";

import { formatGap, formatLevel } from "./format";

function counted(dimensionsCounted: number, dimensionsTotal: number) {
  if (dimensionsCounted === dimensionsTotal) return null;
  return (
    <span className="block text-xs font-normal text-ink-muted">
      over {dimensionsCounted} of {dimensionsTotal} dimensions
    </span>
  );
}

export function CategoryLevels({ scores }: { scores: RoundScores }) {
  return (
    <div className="relative overflow-x-auto rounded-lg border border-line bg-surface">
      <table className="w-full text-left text-sm">
        <caption className="p-3 text-left font-semibold">Levels by category (mean of its dimensions with both levels known)</caption>
        <thead className="bg-brand-50">
          <tr>
            <th scope="col" className="p-2">Category</th>
            <th scope="col" className="p-2">Today</th>
            <th scope="col" className="p-2">Needed</th>
            <th scope="col" className="p-2">Gap</th>
          </tr>
        </thead>
        <tbody>
          {scores.categories.map((category) => (
            <tr key={category.categoryId} className="border-t border-line">
              <th scope="row" className="p-2 font-medium">
                {category.name}
                {counted(category.dimensionsCounted, category.dimensionsTotal)}
              </th>
              <td className="p-2">{formatLevel(category.current)}</td>
              <td className="p-2">{formatLevel(category.target)}</td>
              <td className="p-2">{formatGap(category.gap)}</td>
            </tr>
          ))}
          <tr className="border-t-2 border-line font-semibold">
            <th scope="row" className="p-2">
              All dimensions
              {counted(scores.overall.dimensionsCounted, scores.dimensions.length)}
            </th>
            <td className="p-2">{formatLevel(scores.overall.current)}</td>
            <td className="p-2">{formatLevel(scores.overall.target)}</td>
            <td className="p-2">{formatGap(scores.overall.gap)}</td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}
