import Link from "next/link";

import type { Framework } from "@/domain/framework/framework-schema";
import type { PlanView } from "@/domain/plan/plan-view";
import { quarterChoices } from "@/domain/plan/roadmap";
import { describeMovement } from "@/domain/plan/roadmap";
import type { OrganizationRound } from "@/server/plan/plan-data";

import { AddKpiForm } from "./kpi-forms";
import { KpiSection } from "./kpi-section";
import { OutcomesForm } from "./outcomes-form";
import { addActionAction, addKpiAction, deleteActionAction, deleteKpiAction, recordKpiValueAction, setOutcomesAction, setPriorityOrderAction, updateActionAction } from "./plan-actions";
import { PriorityList } from "./priority-list";
import { PriorityMethod } from "./priority-method";
import { AddActionForm, RoadmapTable } from "./roadmap-editor";
import { RoadmapReadOnly, RoadmapTimeline } from "./roadmap-view";

type Props = {
  slug: string;
  organizationId: string;
  framework: Framework;
  rounds: OrganizationRound[];
  view: PlanView;
  canEdit: boolean;
  /** The base round has too few answers to show levels. */
  levelsWithheld: boolean;
};

function Section({ id, title, intro, children }: { id: string; title: string; intro?: React.ReactNode; children: React.ReactNode }) {
  return (
    <section aria-labelledby={`${id}-title`} className="space-y-3">
      <h2 id={`${id}-title`} className="text-xl font-semibold">
        {title}
      </h2>
      {intro ? <p className="text-sm text-ink-muted">{intro}</p> : null}
      {children}
    </section>
  );
}

export function PlanPage({ slug, organizationId, framework, rounds, view, canEdit, levelsWithheld }: Props) {
  const base = view.baseRound!;
  const { prioritization } = view;
  const bind = { slug, organizationId };
  const sameFramework = rounds.filter((round) => round.frameworkId === framework.id && round.frameworkVersion === framework.version);
  const choices = {
    dimensions: framework.dimensions.map((dimension) => ({ id: dimension.id, name: dimension.name })),
    levels: framework.levels.map((level) => ({ rank: level.rank, name: level.name })),
    quarters: quarterChoices(new Date()),
  };
  const firstGap = prioritization.rows[0];
  return (
    <div className="space-y-10">
      <Section id="outcomes" title="Target business outcomes" intro={`What the client wants personalization to achieve; ${framework.shortName}'s outcome map says which dimensions drive each.`}>
        {!prioritization.hasOutcomeMap ? (
          <p className="rounded-md border border-line bg-surface p-3">
            {framework.name} has no map from business outcomes to dimensions, so there are no outcomes to choose: the gaps below are ranked by gap and disagreement alone.
          </p>
        ) : canEdit ? (
          <OutcomesForm outcomes={view.outcomes} action={setOutcomesAction.bind(null, bind.slug, bind.organizationId, base.id)} />
        ) : prioritization.chosenOutcomes.length === 0 ? (
          <p className="text-ink-muted">No target outcome has been chosen yet.</p>
        ) : (
          <ul className="list-disc pl-6">
            {prioritization.chosenOutcomes.map((outcome) => (
              <li key={outcome.outcomeId}>
                {outcome.name} (weight {outcome.weight})
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section id="priorities" title="Prioritized gaps" intro={`From ${base.name}: the dimensions to close first, with why.${canEdit ? " Drag a row, or use its ↑ and ↓ buttons, to change the order; it is kept." : ""}`}>
        {levelsWithheld ? (
          <p className="text-ink-muted">Too few people have answered in {base.name} to show levels, so there is nothing to rank yet.</p>
        ) : prioritization.rows.length === 0 ? (
          <p className="text-ink-muted">No dimension has a needed level above today&apos;s.</p>
        ) : (
          <PriorityList items={prioritization.rows} manualOrder={prioritization.manualOrder} canEdit={canEdit} action={setPriorityOrderAction.bind(null, bind.slug, bind.organizationId, base.id)} />
        )}
        <PriorityMethod prioritization={prioritization} method={view.method} />
      </Section>

      <Section id="roadmap" title="Roadmap" intro="Actions that move a dimension to a level, with an owner, a due quarter and a phase. At the next round each shows whether its dimension moved.">
        {canEdit && view.actions.length > 0 ? (
          <RoadmapTable
            choices={choices}
            actions={view.actions.map((action) => ({
              id: action.id,
              title: action.title,
              dimensionId: action.dimensionId,
              targetLevel: String(action.targetLevel),
              owner: action.owner,
              dueQuarter: action.dueQuarter,
              status: action.status,
              phase: action.phase,
              movement: describeMovement(action.movement),
              save: updateActionAction.bind(null, bind.slug, bind.organizationId, action.id),
              remove: deleteActionAction.bind(null, bind.slug, bind.organizationId, action.id),
            }))}
          />
        ) : (
          <RoadmapReadOnly actions={view.actions} />
        )}
        {canEdit ? (
          <div className="rounded-lg border border-line bg-surface p-4">
            <h3 className="font-semibold">Add an action</h3>
            <div className="mt-3">
              <AddActionForm
                choices={choices}
                action={addActionAction.bind(null, bind.slug, bind.organizationId, base.id)}
                initial={{ title: "", dimensionId: firstGap?.dimensionId ?? framework.dimensions[0]!.id, targetLevel: String(Math.ceil(firstGap?.target ?? framework.levels.length)), owner: "", dueQuarter: choices.quarters[1]!, status: "NOT_STARTED", phase: "NOW" }}
              />
            </div>
          </div>
        ) : null}
        <h3 className="text-lg font-semibold">Timeline</h3>
        <RoadmapTimeline timeline={view.timeline} />
      </Section>

      <Section id="kpis" title="KPIs" intro="Step 4 of the eight-step approach: choose KPIs and measure a baseline before the work; step 7: measure them again after it, at the next round.">
        <KpiSection
          kpis={view.kpis}
          rounds={sameFramework}
          actions={
            canEdit
              ? Object.fromEntries(
                  view.kpis.map((kpi) => [
                    kpi.id,
                    {
                      remove: deleteKpiAction.bind(null, bind.slug, bind.organizationId, kpi.id),
                      record: Object.fromEntries(sameFramework.map((round) => [round.id, recordKpiValueAction.bind(null, bind.slug, bind.organizationId, kpi.id, round.id)])),
                    },
                  ]),
                )
              : null
          }
        />
        {canEdit ? (
          <div className="rounded-lg border border-line bg-surface p-4">
            <h3 className="font-semibold">Add a KPI</h3>
            <div className="mt-3">
              <AddKpiForm action={addKpiAction.bind(null, bind.slug, bind.organizationId, base.id)} roundName={base.name} />
            </div>
          </div>
        ) : null}
      </Section>
      <p className="text-sm text-ink-muted">
        The report pack (PDF, PowerPoint, workbook, CSV) with this plan is on the{" "}
        <Link className="text-brand-700 underline" href={`/w/${slug}/rounds/${base.id}/results#report-pack`}>
          results of {base.name}
        </Link>
        .
      </p>
    </div>
  );
}
