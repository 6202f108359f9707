import { governanceTiers, sevenSins, sinExposureLabels, type BoundariesReview } from "@/domain/boundaries";

/** The review for reading (viewers): each sin's exposure, evidence, mitigation and owner, and what governance is in place. */
export function BoundariesReviewView({ review }: { review: BoundariesReview }) {
  return (
    <div className="space-y-10">
      <section aria-labelledby="sins-title" className="space-y-4">
        <h2 id="sins-title" className="text-xl font-semibold">
          The Seven Deadly Sins
        </h2>
        <ul className="grid gap-4 md:grid-cols-2">
          {sevenSins.map((sin) => {
            const entry = review.sins[sin.id];
            return (
              <li key={sin.id} className="rounded-lg border border-line bg-surface p-4">
                <h3 className="font-semibold">{sin.name}</h3>
                <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
                  <dt className="font-medium">Exposed</dt>
                  <dd>{entry?.exposure ? sinExposureLabels[entry.exposure] : "Not assessed yet"}</dd>
                  <dt className="font-medium">Evidence</dt>
                  <dd className="break-words whitespace-pre-line">{entry?.evidence || "—"}</dd>
                  <dt className="font-medium">Mitigation</dt>
                  <dd className="break-words whitespace-pre-line">{entry?.mitigation || "—"}</dd>
                  <dt className="font-medium">Owner</dt>
                  <dd className="break-words">{entry?.owner || "—"}</dd>
                </dl>
              </li>
            );
          })}
        </ul>
      </section>
      <section aria-labelledby="governance-title" className="space-y-4">
        <h2 id="governance-title" className="text-xl font-semibold">
          Governance: what is in place
        </h2>
        <div className="grid gap-4 lg:grid-cols-2">
          {governanceTiers.map((tier) => (
            <div key={tier.id} className="rounded-lg border border-line bg-surface p-4">
              <h3 className="font-semibold">{tier.name}</h3>
              <ul className="mt-2 space-y-1 text-sm">
                {tier.items.map((item) => (
                  <li key={item.id}>
                    <span className="font-medium">{review.governance[item.id] ? "In place: " : "Not in place: "}</span>
                    {item.text}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      </section>
    </div>
  );
}
