import type { ReportModel } from "@/domain/reports/report-model";
import { radarPoint, radarPolygon } from "@/domain/reports/radar-geometry";
import { formatGap, formatLevel } from "@/domain/scoring/format";

import { heatColours, Titled } from "./parts";

const TODAY = "#1d4ed8";
const NEEDED = "#b45309";

function Radar({ model }: { model: ReportModel }) {
  const size = 330;
  const center = { x: size / 2, y: size / 2 };
  const radius = 112;
  const max = model.levels.length;
  const axes = model.dimensions.length;
  return (
    <figure className="keep">
      <div className="radar">
        <svg width={size} height={size} viewBox={`0 0 ${size} ${size}`} role="img" aria-label="Radar of today and needed levels by dimension">
          {model.levels.map((level) => (
            <polygon key={level.rank} points={radarPolygon(Array(axes).fill(level.rank), max, radius, center)} fill="none" stroke="#d1d5db" strokeWidth="0.8" />
          ))}
          {model.dimensions.map((dimension, axis) => {
            const end = radarPoint(axis, axes, max, max, radius, center);
            const label = radarPoint(axis, axes, max + 0.55, max, radius, center);
            const anchor = Math.abs(label.x - center.x) < 4 ? "middle" : label.x > center.x ? "start" : "end";
            return (
              <g key={dimension.dimensionId}>
                <line x1={center.x} y1={center.y} x2={end.x} y2={end.y} stroke="#d1d5db" strokeWidth="0.8" />
                <text x={label.x} y={label.y} fontSize="8" textAnchor={anchor} dominantBaseline="middle" fill="#374151">
                  {dimension.shortName}
                </text>
              </g>
            );
          })}
          <polygon points={radarPolygon(model.dimensions.map((dimension) => dimension.target), max, radius, center)} fill={NEEDED} fillOpacity="0.08" stroke={NEEDED} strokeWidth="1.6" strokeDasharray="5 3" />
          <polygon points={radarPolygon(model.dimensions.map((dimension) => dimension.current), max, radius, center)} fill={TODAY} fillOpacity="0.15" stroke={TODAY} strokeWidth="1.8" />
        </svg>
      </div>
      <figcaption className="legend">
        <span>
          <span className="swatch" style={{ borderColor: TODAY }} />
          Today
        </span>
        <span>
          <span className="swatch" style={{ borderColor: NEEDED, borderTopStyle: "dashed" }} />
          Needed
        </span>
        <span className="muted">
          1 = {model.levels[0]?.name} … {max} = {model.levels.at(-1)?.name}; the numbers are in the table below.
        </span>
      </figcaption>
    </figure>
  );
}

function LevelsTable({ model }: { model: ReportModel }) {
  return (
    <table>
      <thead>
        <tr>
          <th>Dimension</th>
          <th className="num">Today</th>
          <th className="num">Needed</th>
          <th className="num">Gap</th>
          <th className="num">Spread today</th>
          <th className="num">Spread needed</th>
          <th className="num">Answered by</th>
          <th className="num">Don&apos;t know (today / needed)</th>
        </tr>
      </thead>
      <tbody>
        {model.dimensions.map((dimension) => (
          <tr key={dimension.dimensionId}>
            <td>
              {dimension.name}
              {dimension.source === "consensus" ? <span className="small muted"> (agreed in consensus)</span> : null}
              {dimension.missing ? <span className="small muted"> ({dimension.missing})</span> : null}
            </td>
            <td className="num">{formatLevel(dimension.current)}</td>
            <td className="num">{formatLevel(dimension.target)}</td>
            <td className="num">{formatGap(dimension.gap)}</td>
            <td className="num">{dimension.spreadToday ?? "—"}</td>
            <td className="num">{dimension.spreadNeeded ?? "—"}</td>
            <td className="num">{dimension.answeredBy}</td>
            <td className="num">
              {dimension.dontKnowToday} / {dimension.dontKnowNeeded}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function LevelsSection({ model }: { model: ReportModel }) {
  return (
    <section className="page-break">
      <Titled title="Today and needed, by dimension">
        <Radar model={model} />
      </Titled>
      <LevelsTable model={model} />
      <Titled level={3} title="Categories">
        <table>
          <thead>
            <tr>
              <th>Category</th>
              <th className="num">Today</th>
              <th className="num">Needed</th>
              <th className="num">Gap</th>
            </tr>
          </thead>
          <tbody>
            {[...model.categories, { name: "Overall", ...model.overall }].map((category) => (
              <tr key={category.name}>
                <td>{category.name}</td>
                <td className="num">{formatLevel(category.current)}</td>
                <td className="num">{formatLevel(category.target)}</td>
                <td className="num">{formatGap(category.gap)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Titled>
      {model.imbalances.length > 0 ? (
        <div className="note keep">
          <strong>Imbalance.</strong> {model.imbalances.join(" ")}
        </div>
      ) : null}
    </section>
  );
}

export function HeatmapSection({ model }: { model: ReportModel }) {
  const { heatmap } = model;
  return (
    <section>
      <Titled title="By participant group">
        {heatmap.columns.length < 2 ? (
          <p className="muted">
            The split by group appears once at least two groups each have {model.minGroupSize} or more participants with answers; smaller groups are folded into
            &quot;Other&quot;.
          </p>
        ) : (
          <p className="muted">Median level today / needed in each group; darker is higher. &quot;withheld&quot;: fewer than {model.minGroupSize} people gave a level.</p>
        )}
      </Titled>
      {heatmap.columns.length >= 2 ? (
        <table className="heat">
          <thead>
            <tr>
              <th>Dimension</th>
              {heatmap.columns.map((column) => (
                <th key={column.label} className="num">
                  {column.label} ({column.participants}){column.folded.length > 0 ? <span className="small muted"> {column.folded.join(", ")}</span> : null}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {heatmap.rows.map((row) => (
              <tr key={row.dimensionId}>
                <td>{row.name}</td>
                {row.cells.map((cell, index) => (
                  <td key={index} className="cell" style={cell.withheld ? undefined : heatColours(cell.current, heatmap.domain)}>
                    {cell.withheld ? "withheld" : cell.respondents === 0 ? "no answers" : `${formatLevel(cell.current)} / ${formatLevel(cell.target)}`}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}

export function NextLevelSection({ model }: { model: ReportModel }) {
  return (
    <section>
      <Titled title="Dimension by dimension: what the next level looks like">
        <p className="muted">For each dimension, the official levels and the model&apos;s descriptor of the level above today&apos;s.</p>
      </Titled>
      <table>
        <thead>
          <tr>
            <th>Dimension</th>
            <th className="num">Today</th>
            <th className="num">Needed</th>
            <th className="num">Gap</th>
            <th>Next level</th>
          </tr>
        </thead>
        <tbody>
          {model.dimensions.map((dimension) => (
            <tr key={dimension.dimensionId}>
              <td>
                {dimension.name}
                <div className="small muted">{dimension.category}</div>
              </td>
              <td className="num">{formatLevel(dimension.current)}</td>
              <td className="num">{formatLevel(dimension.target)}</td>
              <td className="num">{formatGap(dimension.gap)}</td>
              <td>
                {dimension.nextLevel ? (
                  <>
                    <strong>
                      {dimension.nextLevel.rank} {dimension.nextLevel.name}:
                    </strong>{" "}
                    {dimension.nextLevel.descriptor}
                  </>
                ) : (
                  <span className="muted">{dimension.current === null ? "No level today" : "Top of the scale"}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
