import type { FrameworkLevel } from "@/domain/framework/framework-schema";

import { LevelBadge } from "./level-badge";

export function LevelSummaries({ levels }: { levels: readonly FrameworkLevel[] }) {
  return (
    <section id="levels" aria-labelledby="levels-title" className="space-y-4">
      <h2 id="levels-title" className="border-b border-line pb-2 text-2xl font-bold text-brand-900">
        The levels
      </h2>
      <ol className="space-y-4">
        {levels.map((level) => (
          <li key={level.id} className="print-avoid-break rounded-lg border border-line bg-surface p-5">
            <h3 className="flex flex-wrap items-center gap-2 text-lg font-semibold">
              <LevelBadge rank={level.rank} />
              {level.name}
            </h3>
            <div className="mt-2 space-y-3 text-ink-muted">
              {level.summary.map((paragraph) => (
                <p key={paragraph.slice(0, 48)}>{paragraph}</p>
              ))}
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
