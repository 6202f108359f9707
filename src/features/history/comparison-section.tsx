import type { ComparisonView } from "@/domain/history/comparison";

import { ComparisonTable } from "./comparison-table";

/** The results page's "compared with the previous round" section. */
export function ComparisonSection({ view }: { view: ComparisonView }) {
  return (
    <section aria-labelledby="comparison-title" className="space-y-3">
      <h2 id="comparison-title" className="text-xl font-semibold">
        Compared with {view.previousName}
      </h2>
      <ComparisonTable view={view} />
    </section>
  );
}
