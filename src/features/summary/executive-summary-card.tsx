import type { ReactNode } from "react";

import type { ExecutiveSummary, SinceLast } from "@/domain/summary/executive-summary";
import { formatChange, formatLevel } from "@/lib/level-format";

// The one-screen summary at the top of the results (and of an organization's executive view). Plain
// sentences, no chart: it must be read in thirty seconds on a phone, above the radar.

function Arrow({ direction }: { direction: "up" | "down" | "same" }) {
  const [symbol, words] = { up: ["↑", "up"], down: ["↓", "down"], same: ["→", "unchanged"] }[direction];
  return (
    <>
      <span aria-hidden="true">{symbol}</span>
      <span className="sr-only">{words}</span>
    </>
  );
}

function plural(count: number, one: string, many = `${one}s`) {
  return `${count} ${count === 1 ? one : many}`;
}

function names(list: { name: string }[], shown: number): string {
  const named = list.slice(0, shown).map((entry) => entry.name);
  const rest = list.length - named.length;
  return rest > 0 ? `${named.join(", ")} and ${plural(rest, "other")}` : named.join(" and ");
}

function SinceLastLine({ since }: { since: SinceLast }) {
  if (!since.comparable) return <>ran on another framework or version, so its levels are not compared.</>;
  const targets = since.targetsSet > 0 ? `; ${since.targetsReached} of ${plural(since.targetsSet, "target")} reached` : "";
  return (
    <>
      {since.up} up, {since.down} down, {since.same} unchanged{targets}.
      {since.moves.length > 0 ? (
        <>
          {" "}
          Largest:{" "}
          {since.moves.map((move, index) => (
            <span key={move.dimensionId}>
              {index > 0 ? ", " : ""}
              {move.name}{" "}
              <span className="whitespace-nowrap">
                <Arrow direction={move.direction} /> {formatChange(move.change)}
              </span>
            </span>
          ))}
          .
        </>
      ) : null}
    </>
  );
}

/** One line: the term in bold, then what it says, wrapping as text does (no second column on a phone). */
function Line({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="inline font-semibold">{label}: </dt>
      <dd className="inline">{children}</dd>
    </div>
  );
}

/** `alert`: a warning the reader must see before the figures (the boundaries rule), composed by the page. */
export function ExecutiveSummaryCard({
  summary,
  heading = "At a glance",
  headingLevel = 2,
  alert,
}: {
  summary: ExecutiveSummary;
  heading?: string;
  headingLevel?: 2 | 3;
  alert?: ReactNode;
}) {
  const Heading = `h${headingLevel}` as const;
  const { overall } = summary;
  return (
    <section aria-labelledby="summary-title" className="space-y-2 rounded-lg border border-brand-100 bg-surface p-4 shadow-sm">
      <Heading id="summary-title" className="text-lg font-semibold text-brand-900">
        {heading}
      </Heading>
      {alert}
      <p className="text-base">
        Overall today <strong className="text-xl">{formatLevel(overall.current)}</strong>
        {overall.currentName ? ` (${overall.currentName})` : ""}, needed <strong className="text-xl">{formatLevel(overall.target)}</strong>
        {overall.targetName ? ` (${overall.targetName})` : ""}
        {overall.gap !== null ? `: a gap of ${formatLevel(overall.gap)}.` : "."}
      </p>
      <ul aria-label="By category, today → needed" className="flex flex-wrap gap-x-2 gap-y-1 text-sm">
        {summary.categories.map((category) => (
          <li key={category.id} className="rounded-md bg-brand-50 px-2 py-0.5">
            <abbr title={category.name} className="no-underline">
              {category.shortName}
            </abbr>{" "}
            <strong>{formatLevel(category.current)}</strong> <span aria-hidden="true">→</span>
            <span className="sr-only">needed</span> <strong>{formatLevel(category.target)}</strong>
          </li>
        ))}
      </ul>
      <dl className="space-y-1 text-sm">
        <Line label="Largest gaps">
          {summary.largestGaps.length > 0
            ? summary.largestGaps.map((gap, index) => (
                <span key={gap.dimensionId}>
                  {index > 0 ? ", " : ""}
                  {gap.name} <span className="whitespace-nowrap">{formatLevel(gap.current)} → {formatLevel(gap.target)}</span>
                </span>
              ))
            : "none: no dimension needs to rise."}
        </Line>
        <Line label="Most disagreement">
          {summary.disagreement
            ? `${names(summary.disagreement.dimensions, 2)} (answers ${plural(summary.disagreement.spread, "level")} apart).`
            : "none: participants' answers agree on every dimension."}
        </Line>
        {summary.sinceLast ? (
          <Line label={`Since ${summary.sinceLast.previousName}`}>
            <SinceLastLine since={summary.sinceLast} />
          </Line>
        ) : null}
        <Line label="Imbalance">
          {summary.imbalances.length > 0
            ? summary.imbalances.map((imbalance, index) => (
                <span key={imbalance.dimensionId}>
                  {index > 0 ? "; " : ""}
                  {imbalance.name} ({formatLevel(imbalance.current)}) is {imbalance.direction === "ahead" ? "ahead of" : "behind"} the rest
                </span>
              ))
            : "none."}
        </Line>
      </dl>
    </section>
  );
}
