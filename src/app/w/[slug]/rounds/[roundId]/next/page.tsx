import type { Metadata } from "next";
import Link from "next/link";

import { startNextRoundAction } from "@/features/next-round/next-round-actions";
import { StartNextRoundForm } from "@/features/next-round/start-next-round-form";
import { requireActor } from "@/server/auth/session";
import { resolveFramework } from "@/server/frameworks";
import { getNextRoundProposal } from "@/server/next-round";
import { loadForPage } from "@/server/outcomes";
import { requireRound } from "@/server/rounds";

export const metadata: Metadata = { title: "Start the next round" };

export default async function NextRoundPage({ params }: PageProps<"/w/[slug]/rounds/[roundId]/next">) {
  const { slug, roundId } = await params;
  const path = `/w/${slug}/rounds/${roundId}/next`;
  const actor = await requireActor(path);
  const { access, round } = await loadForPage(() => requireRound(actor, slug, roundId, "round.manage"), path);
  const roundPath = `/w/${slug}/rounds/${round.id}`;
  const back = (
    <p className="text-sm text-ink-muted">
      <Link className="text-brand-700 underline" href={roundPath}>
        {round.organization.name} · {round.name}
      </Link>
    </p>
  );
  if (round.status !== "CLOSED") {
    return (
      <div className="space-y-4">
        {back}
        <h1 className="text-2xl font-bold text-brand-900">Start the next round</h1>
        <p>The next round starts from a closed round. {round.name} is still {round.status === "OPEN" ? "open" : "a draft"}: close it first.</p>
      </div>
    );
  }
  const proposal = await loadForPage(() => getNextRoundProposal(actor, slug, round.id), path);
  const framework = await resolveFramework(access.workspace.id, round.frameworkId, round.frameworkVersion);
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        {back}
        <h1 className="text-2xl font-bold text-brand-900">Start the next round after {round.name}</h1>
        <p className="max-w-3xl text-ink-muted">
          Same framework ({framework.shortName} {round.frameworkVersion}), the same groups{round.groups.length ? ` (${round.groups.join(", ")})` : ""} and
          privacy minimum ({round.minGroupSize}). Participants see what they and the round found in {round.name}, and confirm or change it. Their links to {round.name}{" "}
          keep opening their answers there, read-only.
        </p>
      </header>
      {proposal.followUp ? (
        <p role="status" className="rounded-md border border-line bg-brand-50 p-4">
          The next round after {round.name} has already been started:{" "}
          <Link className="font-medium text-brand-700 underline" href={`/w/${slug}/rounds/${proposal.followUp.id}`}>
            {proposal.followUp.name}
          </Link>
          .
        </p>
      ) : (
        <StartNextRoundForm action={startNextRoundAction.bind(null, slug, round.id)} previousName={round.name} proposal={proposal} participants={proposal.participants} />
      )}
    </div>
  );
}
