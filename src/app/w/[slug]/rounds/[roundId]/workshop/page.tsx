import type { Metadata } from "next";

import { can } from "@/domain/access/permissions";
import { Presenter } from "@/features/workshop/presenter";
import { StartWorkshop } from "@/features/workshop/start-workshop";
import { toWorkshopFramework } from "@/features/workshop/workshop-framework";
import { recordConsensusAction, startWorkshopAction, workshopCommandAction } from "@/features/workshop/workshop-actions";
import { requireActor } from "@/server/auth/session";
import { loadForPage } from "@/server/outcomes";
import { getRound } from "@/server/rounds";
import { joinQr } from "@/server/workshop/join-qr";
import { frameworkOf } from "@/server/workshop/state";
import { readFacilitatorView } from "@/server/workshop/views";
import { getWorkspace } from "@/server/workspaces";

export const metadata: Metadata = { title: "Workshop presenter" };

export default async function WorkshopPage({ params }: PageProps<"/w/[slug]/rounds/[roundId]/workshop">) {
  const { slug, roundId } = await params;
  const roundPath = `/w/${slug}/rounds/${roundId}`;
  const actor = await requireActor(`${roundPath}/workshop`);
  const [workspace, round] = await loadForPage(() => Promise.all([getWorkspace(actor, slug), getRound(actor, slug, roundId)]), `${roundPath}/workshop`);
  const canManage = can(workspace.role, "round.manage");
  const view = await readFacilitatorView(round.id);
  if (!view) {
    return <StartWorkshop roundName={round.name} roundPath={roundPath} status={round.status} canManage={canManage} start={startWorkshopAction.bind(null, slug, round.id)} />;
  }
  return (
    <Presenter
      initial={view}
      framework={toWorkshopFramework(await frameworkOf({ ...round, workspaceId: workspace.id }))}
      title={{ organization: round.organization.name, round: round.name, exitHref: roundPath }}
      join={await joinQr(view.joinCode)}
      streamUrl={`/api${roundPath}/workshop/events`}
      stateUrl={`/api${roundPath}/workshop/state`}
      canManage={canManage}
      runCommand={workshopCommandAction.bind(null, slug, round.id)}
      recordConsensus={recordConsensusAction.bind(null, slug, round.id)}
    />
  );
}
