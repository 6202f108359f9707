import { ActionButtonForm } from "@/components/form/action-button-form";
import { ScrollArea } from "@/components/ui/scroll-area";
import { directionLabels, formatKpiValue } from "@/domain/plan/kpis";
import type { PlanKpi, PlanRound } from "@/domain/plan/plan-view";
import type { FormState } from "@/lib/form-state";

import { KpiChart } from "./kpi-chart";
import { KpiValueForm } from "./kpi-forms";

type FormAction = (previous: FormState, formData: FormData) => Promise<FormState>;
export type KpiRowActions = { remove: FormAction; record: Record<string, FormAction> };

/** KPI values by round (editable for planners), the before/after comparison, and a chart per KPI. */
export function KpiSection({ kpis, rounds, actions }: { kpis: PlanKpi[]; rounds: PlanRound[]; actions: Record<string, KpiRowActions> | null }) {
  if (kpis.length === 0) return <p className="text-ink-muted">No KPI is tracked yet.</p>;
  const comparisons = kpis.flatMap((kpi) => kpi.comparisons.map((entry) => ({ kpi, entry })));
  return (
    <div className="space-y-6">
      <ScrollArea label="KPI values by round (scrolls sideways)">
        <table className="w-full min-w-[40rem] text-left text-sm">
          <caption className="p-3 text-left font-semibold">KPI values by round: each round&apos;s value is its baseline and the &quot;after&quot; of the round before</caption>
          <thead className="bg-brand-50">
            <tr>
              <th scope="col" className="p-2">KPI</th>
              <th scope="col" className="p-2">Unit</th>
              <th scope="col" className="p-2">Better</th>
              {rounds.map((round) => (
                <th key={round.id} scope="col" className="p-2">
                  {round.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {kpis.map((kpi) => (
              <tr key={kpi.id} className="border-t border-line align-top">
                <th scope="row" className="p-2 font-medium">
                  {kpi.name}
                  {actions ? (
                    <div className="mt-1">
                      <ActionButtonForm action={actions[kpi.id]!.remove} label={`Delete ${kpi.name}`} pendingLabel="Deleting…" variant="secondary" />
                    </div>
                  ) : null}
                </th>
                <td className="p-2">{kpi.unit}</td>
                <td className="p-2">{directionLabels[kpi.direction]}</td>
                {kpi.series.map((point) => (
                  <td key={point.roundId} className="p-2">
                    {actions ? (
                      <KpiValueForm action={actions[kpi.id]!.record[point.roundId]!} value={point.value === null ? "" : formatKpiValue(point.value)} label={`${kpi.name} at ${point.roundName}`} />
                    ) : (
                      formatKpiValue(point.value)
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollArea>
      <ScrollArea label="KPIs before and after (scrolls sideways)">
        <table className="w-full min-w-[36rem] text-left text-sm">
          <caption className="p-3 text-left font-semibold">Before and after</caption>
          <thead className="bg-brand-50">
            <tr>
              {["KPI", "Before", "After", "Change", "Verdict"].map((label) => (
                <th key={label} scope="col" className="p-2">
                  {label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {comparisons.length === 0 ? (
              <tr>
                <td colSpan={5} className="p-2 text-ink-muted">
                  The &quot;after&quot; is the value measured at the next round; it appears here once that round exists and has a value.
                </td>
              </tr>
            ) : (
              comparisons.map(({ kpi, entry }) => (
                <tr key={`${kpi.id}-${entry.toRoundId}`} className="border-t border-line">
                  <th scope="row" className="p-2 font-medium">{kpi.name}</th>
                  <td className="p-2">
                    {formatKpiValue(entry.before)} {kpi.unit} ({entry.fromRoundName})
                  </td>
                  <td className="p-2">
                    {formatKpiValue(entry.after)} {kpi.unit} ({entry.toRoundName})
                  </td>
                  <td className="p-2">{entry.change === null ? "—" : `${entry.change > 0 ? "+" : ""}${formatKpiValue(entry.change)}`}</td>
                  <td className="p-2">{entry.improved === null ? "—" : entry.improved ? "Better" : "Worse"}</td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      </ScrollArea>
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {kpis.map((kpi) => (
          <KpiChart key={kpi.id} name={kpi.name} unit={kpi.unit} points={kpi.series} />
        ))}
      </div>
    </div>
  );
}
