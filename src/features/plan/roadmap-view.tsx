import { ScrollArea } from "@/components/ui/scroll-area";
import type { PlanAction } from "@/domain/plan/plan-view";
import { describeMovement, formatQuarter, phaseLabels, statusLabels, type Timeline } from "@/domain/plan/roadmap";

const statusTone: Record<PlanAction["status"], string> = {
  NOT_STARTED: "border-line bg-surface",
  IN_PROGRESS: "border-brand-600 bg-brand-50",
  DONE: "border-green-700 bg-green-50",
  BLOCKED: "border-red-700 bg-red-50",
};

/** The roadmap laid out in time: phases down, quarters across; every action also in the table. */
export function RoadmapTimeline({ timeline }: { timeline: Timeline<PlanAction> }) {
  if (timeline.quarters.length === 0) return <p className="text-ink-muted">The timeline appears once an action is planned.</p>;
  return (
    <ScrollArea label="Roadmap timeline by quarter (scrolls sideways)">
      <table className="w-full table-fixed text-left text-sm" style={{ minWidth: `${8 + timeline.quarters.length * 12}rem` }}>
        <caption className="p-3 text-left font-semibold">Timeline: phases by due quarter</caption>
        <thead className="bg-brand-50">
          <tr>
            <th scope="col" className="w-32 p-2">Phase</th>
            {timeline.quarters.map((quarter) => (
              <th key={quarter} scope="col" className="p-2">
                {formatQuarter(quarter)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {timeline.lanes.map((lane) => (
            <tr key={lane.phase} className="border-t border-line align-top">
              <th scope="row" className="p-2 font-semibold">{phaseLabels[lane.phase]}</th>
              {lane.cells.map((cell, index) => (
                <td key={timeline.quarters[index]} className="space-y-2 p-2">
                  {cell.map((action) => (
                    <div key={action.id} className={`rounded-md border-l-4 border p-2 ${statusTone[action.status]}`}>
                      <p className="font-medium">{action.title}</p>
                      <p className="text-xs text-ink-muted">
                        {action.dimensionName} → {action.targetLevel} {action.targetLevelName} · {action.owner} · {statusLabels[action.status]}
                      </p>
                    </div>
                  ))}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollArea>
  );
}

/** The roadmap for readers who cannot change it. */
export function RoadmapReadOnly({ actions }: { actions: PlanAction[] }) {
  if (actions.length === 0) return <p className="text-ink-muted">No action has been planned yet.</p>;
  return (
    <ScrollArea label="Roadmap actions (scrolls sideways)">
      <table className="w-full min-w-[56rem] text-left text-sm">
        <caption className="p-3 text-left font-semibold">Roadmap</caption>
        <thead className="bg-brand-50">
          <tr>
            {["Phase", "Action", "Dimension → level", "Owner", "Due", "Status", "Since it was planned"].map((label) => (
              <th key={label} scope="col" className="p-2">
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {actions.map((action) => (
            <tr key={action.id} className="border-t border-line align-top">
              <td className="p-2">{phaseLabels[action.phase]}</td>
              <td className="p-2 font-medium">{action.title}</td>
              <td className="p-2">
                {action.dimensionName} → {action.targetLevel} {action.targetLevelName}
              </td>
              <td className="p-2">{action.owner}</td>
              <td className="p-2">{formatQuarter(action.dueQuarter)}</td>
              <td className="p-2">{statusLabels[action.status]}</td>
              <td className="p-2 text-ink-muted">{describeMovement(action.movement)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollArea>
  );
}
