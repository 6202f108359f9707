import type { Metadata } from "next";
import { headers } from "next/headers";

import { shareLinkProblems } from "@/domain/access/share-links";
import { parseMetric } from "@/features/history/heatmap-table";
import { ExecutiveReport } from "@/features/history/executive-report";
import { LatestRoundSummary } from "@/features/summary/latest-round-summary";
import { clientAddress } from "@/server/auth/client-address";
import { getSharedExecutiveView } from "@/server/executive";

// A share link: one organization's executive view for someone without an account. Read-only (no
// form on the page, and every action needs a signed-in member), never indexed (here and the
// X-Robots-Tag header in next.config.ts), no workspace navigation and no link to anything else.
export const metadata: Metadata = { title: "Shared executive view", robots: { index: false, follow: false, nocache: true } };

const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" });

export default async function SharedExecutiveViewPage({ params, searchParams }: PageProps<"/s/[token]">) {
  const { token } = await params;
  const metric = parseMetric((await searchParams).metric);
  const shared = await getSharedExecutiveView(token, clientAddress(await headers()));
  if (shared.status !== "active") {
    const problem = shareLinkProblems[shared.status];
    return (
      <div className="mx-auto max-w-xl space-y-3 rounded-lg border border-line bg-surface p-6">
        <h1 className="text-2xl font-bold text-brand-900">{problem.title}</h1>
        <p>{problem.text}</p>
      </div>
    );
  }
  const { view } = shared;
  return (
    <div className="space-y-6">
      <header>
        <p className="text-sm text-ink-muted">
          Shared by {view.workspaceName} · read-only · this link works until {dateFormat.format(shared.expiresAt)}
        </p>
        <h1 className="text-2xl font-bold text-brand-900">{view.organization.name}: executive view</h1>
      </header>
      {view.framework && view.rounds.length > 0 ? (
        <ExecutiveReport
          framework={view.framework}
          rounds={view.rounds}
          metric={metric}
          metricHref={(next) => `/s/${token}?metric=${next}`}
          summary={<LatestRoundSummary framework={view.framework} rounds={view.rounds} />}
        />
      ) : (
        <p className="rounded-lg border border-line bg-surface p-5">No assessment round of {view.organization.name} has closed yet. The summary, heatmaps and trend appear here once one closes.</p>
      )}
    </div>
  );
}
