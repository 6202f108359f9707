import type { FrameworkDimension, FrameworkLevel } from "@/domain/framework/framework-schema";

import { LevelBadge } from "./level-badge";

// One column per level on a wide screen, for any number of levels; past six the columns would be too
// narrow to read, so the levels wrap in rows of four. Whole class names, so Tailwind generates them.
const columnsByLevelCount: Record<number, string> = {
  2: "lg:grid-cols-2",
  3: "lg:grid-cols-3",
  4: "lg:grid-cols-4",
  5: "lg:grid-cols-5",
  6: "lg:grid-cols-6",
};

/** One dimension: what it covers, then its descriptor at every level, lowest first. */
export function DimensionDescriptors({ dimension, levels }: { dimension: FrameworkDimension; levels: readonly FrameworkLevel[] }) {
  const titleId = `dimension-${dimension.id}-title`;
  return (
    <section id={`dimension-${dimension.id}`} aria-labelledby={titleId} className="print-avoid-break rounded-lg border border-line bg-surface p-5">
      <h3 id={titleId} className="text-xl font-semibold text-ink">
        {dimension.name}
      </h3>
      <div className="mt-2 max-w-3xl text-ink-muted">
        <p>
          <span className="font-semibold text-ink">What it includes: </span>
          {dimension.includes}
        </p>
        {dimension.includesItems && dimension.includesItems.length > 0 ? (
          <ul className="mt-1 list-disc pl-6">
            {dimension.includesItems.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        ) : null}
      </div>
      <ol aria-label={`${dimension.name}: the levels`} className={`mt-4 grid gap-3 ${columnsByLevelCount[levels.length] ?? "lg:grid-cols-4"}`}>
        {levels.map((level) => (
          <li key={level.id} className="rounded-md bg-canvas p-3 print:border print:border-line">
            <p className="flex flex-wrap items-center gap-2 text-sm font-semibold">
              <LevelBadge rank={level.rank} />
              <span>{level.name}</span>
            </p>
            <p className="mt-2 text-sm leading-relaxed">{dimension.descriptors[level.id]}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
