import type { ReportModel } from "@/domain/reports/report-model";

import { Titled } from "./parts";
import { KpiSection, PrioritiesSection, RoadmapSection } from "./plan-sections";
import { printStyles } from "./print-styles";
import { HeatmapSection, LevelsSection, NextLevelSection } from "./results-sections";

// The printed report: a document of its own (no app header, menus or scripts), rendered to HTML on
// the server and printed by Chromium. Everything in it comes from the report model.

const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" });

function Cover({ model }: { model: ReportModel }) {
  const { cover } = model;
  return (
    <section className="cover">
      <div>
        <p className="kicker">Personalization effectiveness report</p>
        <h1>{cover.client}</h1>
        <dl>
          <dt>Client</dt>
          <dd>{cover.client}</dd>
          <dt>Assessment round</dt>
          <dd>{cover.round}</dd>
          <dt>Date</dt>
          <dd>{dateFormat.format(new Date(`${cover.date}T00:00:00Z`))}</dd>
          <dt>Prepared by</dt>
          <dd>{cover.consultancy}</dd>
          <dt>Model</dt>
          <dd>
            {cover.framework} {cover.frameworkVersion}
          </dd>
          <dt>Participants</dt>
          <dd>
            {cover.participants} answered of {cover.invited} invited
          </dd>
        </dl>
        {model.statusNote ? <p className="note">{model.statusNote}</p> : null}
      </div>
      <p className="small muted">
        Model text: {model.attribution.title}
        {model.attribution.version ? ` ${model.attribution.version}` : ""}, © {model.attribution.author}
        {model.attribution.license ? `, ${model.attribution.license}` : ""}. See &quot;Method and sources&quot;.
      </p>
    </section>
  );
}

function Summary({ model }: { model: ReportModel }) {
  return (
    <section>
      <Titled title="Executive summary">
        <p>
          <strong>{model.summary.headline}</strong>
        </p>
      </Titled>
      <ul>
        {model.summary.lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {model.plan.priorities.length > 0 ? (
        <p>
          First priorities: {model.plan.priorities.slice(0, 3).map((row) => row.name).join(", ")}. {model.plan.actions.length} roadmap action
          {model.plan.actions.length === 1 ? "" : "s"} planned, {model.plan.kpis.length} KPI{model.plan.kpis.length === 1 ? "" : "s"} tracked.
        </p>
      ) : null}
    </section>
  );
}

function Method({ model }: { model: ReportModel }) {
  const { attribution } = model;
  return (
    <section className="page-break">
      <Titled title="Method and sources">
        <ul className="small">
          {model.method.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </Titled>
      <Titled level={3} title="Privacy">
        <ul className="small">
          {model.privacy.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </Titled>
      <Titled level={3} title="The model: attribution and licence">
        <p className="small">
          {attribution.title}
          {attribution.version ? `, version ${attribution.version}` : ""}, © {attribution.author}.{" "}
          {attribution.license ? (
            <>
              Licensed under {attribution.license}
              {attribution.licenseUrl ? ` (${attribution.licenseUrl})` : ""}.{" "}
            </>
          ) : null}
          {attribution.licenseNote ?? ""}
        </p>
        <p className="small">{attribution.notice}</p>
      </Titled>
    </section>
  );
}

export function ReportDocument({ model }: { model: ReportModel }) {
  const title = `${model.cover.client} · ${model.cover.round} · personalization effectiveness report`;
  return (
    <html lang="en">
      {/* A standalone document printed by Chromium, not a Next.js page: next/head does not apply. */}
      {/* eslint-disable-next-line @next/next/no-head-element */}
      <head>
        <meta charSet="utf-8" />
        <title>{title}</title>
        <style dangerouslySetInnerHTML={{ __html: printStyles }} />
      </head>
      <body>
        <Cover model={model} />
        <Summary model={model} />
        {model.withheld ? (
          <p className="note">Fewer than {model.minGroupSize} people have answered: no figure can be shown without exposing someone&apos;s answers.</p>
        ) : (
          <>
            <LevelsSection model={model} />
            <HeatmapSection model={model} />
            <NextLevelSection model={model} />
          </>
        )}
        <PrioritiesSection model={model} />
        <RoadmapSection model={model} />
        <KpiSection model={model} />
        <Method model={model} />
      </body>
    </html>
  );
}
