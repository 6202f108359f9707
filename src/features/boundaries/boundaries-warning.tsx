import Link from "next/link";

import type { BoundariesAssessment } from "@/domain/boundaries";

// The boundaries rule on a round's results: high levels on dimensions that rest on personal data
// while sins are marked exposed. Self-contained (the assessment and where the review lives are all
// it needs), so it can move into an executive summary as it is.

export function BoundariesWarning({ assessment, reviewHref, headingLevel = 2 }: { assessment: BoundariesAssessment; reviewHref: string; headingLevel?: 2 | 3 }) {
  if (assessment.warnings.length === 0) return null;
  const Heading = `h${headingLevel}` as const;
  const fully = assessment.warnings.some((warning) => warning.severity === "exposed");
  return (
    <section aria-labelledby="boundaries-warning-title" className="rounded-lg border-2 border-red-700 bg-red-50 p-4 text-red-950">
      <Heading id="boundaries-warning-title" className="font-semibold">
        Personalization boundaries: {fully ? "sins marked exposed" : "sins marked partly exposed"} at a high level of personal data use
      </Heading>
      <ul className="mt-2 list-disc space-y-1 pl-6 text-sm">
        {assessment.warnings.map((warning) => (
          <li key={warning.dimensionId}>{warning.message}</li>
        ))}
      </ul>
      <p className="mt-2 text-sm">
        <Link className="font-medium text-red-900 underline" href={reviewHref}>
          See the boundaries review
        </Link>{" "}
        for the evidence, the mitigations and who owns them.
      </p>
    </section>
  );
}
