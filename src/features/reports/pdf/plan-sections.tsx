import { formatKpiValue } from "@/domain/plan/kpis";
import type { ReportModel } from "@/domain/reports/report-model";
import { formatGap } from "@/domain/scoring/format";

import { Titled } from "./parts";

export function PrioritiesSection({ model }: { model: ReportModel }) {
  const { plan } = model;
  return (
    <section className="page-break">
      <Titled title="Business outcomes and priorities">
        {!plan.hasOutcomeMap ? (
          <p>This model has no map from business outcomes to dimensions: the gaps are ranked by gap and disagreement alone.</p>
        ) : plan.outcomes.length === 0 ? (
          <p>No target business outcome has been chosen yet.</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th>Target outcome</th>
                <th className="num">Weight (1–5)</th>
                <th>Dimensions that drive it</th>
              </tr>
            </thead>
            <tbody>
              {plan.outcomes.map((outcome) => (
                <tr key={outcome.name}>
                  <td>{outcome.name}</td>
                  <td className="num">{outcome.weight}</td>
                  <td>{outcome.dimensions}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Titled>
      <Titled level={3} title="Prioritized gaps">
        {plan.priorities.length === 0 ? <p className="muted">No dimension has a needed level above today&apos;s.</p> : null}
      </Titled>
      {plan.priorities.length > 0 ? (
        <table>
          <thead>
            <tr>
              <th className="num">#</th>
              <th>Dimension</th>
              <th className="num">Gap</th>
              <th className="num">Score</th>
              <th>Why</th>
            </tr>
          </thead>
          <tbody>
            {plan.priorities.map((row) => (
              <tr key={row.name}>
                <td className="num">{row.rank}</td>
                <td>
                  {row.name}
                  {plan.manualOrder && row.computedRank !== row.rank ? <div className="small muted">computed rank {row.computedRank}</div> : null}
                </td>
                <td className="num">{formatGap(row.gap)}</td>
                <td className="num">{row.score}</td>
                <td>
                  {row.reason}
                  {row.scenarios.length > 0 ? <div className="small muted">Unlocks: {row.scenarios.join("; ")}</div> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <div className="keep">
        <h3>How this order is computed</h3>
        <ul className="small">
          {plan.method.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </div>
    </section>
  );
}

export function RoadmapSection({ model }: { model: ReportModel }) {
  const { actions } = model.plan;
  return (
    <section>
      <Titled title="Roadmap">{actions.length === 0 ? <p className="muted">No action has been planned yet.</p> : <p className="muted">Actions by phase (Now, Next, Later), earliest due first.</p>}</Titled>
      {actions.length > 0 ? (
        <table>
          <thead>
            <tr>
              <th>Phase</th>
              <th>Action</th>
              <th>Dimension → level</th>
              <th>Owner</th>
              <th>Due</th>
              <th>Status</th>
              <th>Since</th>
            </tr>
          </thead>
          <tbody>
            {actions.map((action, index) => (
              <tr key={index}>
                <td>{action.phase}</td>
                <td>{action.title}</td>
                <td>
                  {action.dimension} → {action.targetLevel} {action.targetLevelName}
                </td>
                <td>{action.owner}</td>
                <td>{action.due}</td>
                <td>{action.status}</td>
                <td className="small">{action.movement}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}

export function KpiSection({ model }: { model: ReportModel }) {
  const { kpis } = model.plan;
  const rounds = kpis[0]?.values.map((value) => value.round) ?? [];
  return (
    <section>
      <Titled title="KPIs">
        {kpis.length === 0 ? (
          <p className="muted">No KPI is tracked yet.</p>
        ) : (
          <p className="muted">The value measured at each round is that round&apos;s baseline and the &quot;after&quot; of the round before it.</p>
        )}
      </Titled>
      {kpis.length > 0 ? (
        <table>
          <thead>
            <tr>
              <th>KPI</th>
              <th>Unit</th>
              <th>Better</th>
              {rounds.map((round) => (
                <th key={round} className="num">
                  {round}
                </th>
              ))}
              <th>Before → after</th>
            </tr>
          </thead>
          <tbody>
            {kpis.map((kpi) => (
              <tr key={kpi.name}>
                <td>{kpi.name}</td>
                <td>{kpi.unit}</td>
                <td>{kpi.direction}</td>
                {kpi.values.map((value) => (
                  <td key={value.round} className="num">
                    {formatKpiValue(value.value)}
                  </td>
                ))}
                <td className="small">
                  {kpi.comparisons.length === 0
                    ? "Measured again at the next round"
                    : kpi.comparisons
                        .map((entry) => `${entry.from} → ${entry.to}: ${formatKpiValue(entry.before)} → ${formatKpiValue(entry.after)}${entry.improved === null ? "" : entry.improved ? " (better)" : " (worse)"}`)
                        .join("; ")}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
