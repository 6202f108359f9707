import type { Framework } from "@/domain/framework/framework-schema";
import { getDimension } from "@/domain/framework/framework-queries";

/** Table 2 of the model: which dimensions drive which business outcome. */
export function OutcomeMap({ framework }: { framework: Framework }) {
  return (
    <section id="outcomes" aria-labelledby="outcomes-title" className="space-y-4">
      <h2 id="outcomes-title" className="border-b border-line pb-2 text-2xl font-bold text-brand-900">
        Business outcomes and the dimensions that drive them
      </h2>
      <p className="max-w-3xl text-ink-muted">
        Personalization scenarios are listed in order of increasing complexity. Work first on the dimensions that
        influence the outcomes the business cares about most.
      </p>
      <div className="overflow-x-auto rounded-lg border border-line bg-surface">
        <table className="w-full min-w-[40rem] border-collapse text-left text-sm">
          <caption className="sr-only">Business outcomes, personalization scenarios and key influential dimensions</caption>
          <thead className="bg-brand-50 text-ink">
            <tr>
              <th scope="col" className="p-3 font-semibold">Business outcome</th>
              <th scope="col" className="p-3 font-semibold">Personalization scenarios (increasing complexity)</th>
              <th scope="col" className="p-3 font-semibold">Key influential dimensions</th>
            </tr>
          </thead>
          <tbody>
            {framework.outcomes.map((outcome) => (
              <tr key={outcome.id} className="print-avoid-break border-t border-line align-top">
                <th scope="row" className="p-3 font-semibold">
                  {outcome.name}
                  {outcome.note ? <p className="mt-1 text-xs font-normal text-ink-muted">{outcome.note}</p> : null}
                </th>
                <td className="p-3">
                  <ol className="list-decimal space-y-1 pl-5">
                    {outcome.scenarios.map((scenario) => (
                      <li key={scenario}>{scenario}</li>
                    ))}
                  </ol>
                </td>
                <td className="p-3">
                  <ul className="space-y-1">
                    {outcome.dimensionIds.map((dimensionId) => (
                      <li key={dimensionId}>
                        <a className="text-brand-700 underline underline-offset-2" href={`#dimension-${dimensionId}`}>
                          {getDimension(framework, dimensionId)?.name ?? dimensionId}
                        </a>
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
