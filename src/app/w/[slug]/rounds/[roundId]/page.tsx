import type { Metadata } from "next";
import Link from "next/link";

import { Badge } from "@/components/ui/badge";
import { can } from "@/domain/access/permissions";
import { frameworkPagePath } from "@/features/model/model-catalog";
import { RoundLineage } from "@/features/next-round/round-lineage";
import { participantMailColumns } from "@/features/mail/participant-mail-columns";
import { RoundMailPanel } from "@/features/mail/round-mail-panel";
import { AddParticipant, PasteParticipants } from "@/features/rounds/add-participants";
import { EditRoundForm } from "@/features/rounds/edit-round-form";
import { ParticipantsTable } from "@/features/rounds/participants-table";
import { PrivacySetting } from "@/features/rounds/privacy-setting";
import { addParticipantsAction, deleteParticipantAction, reissueLinkAction, revokeLinkAction, setMinGroupSizeAction, setRoundStatusAction } from "@/features/rounds/round-actions";
import { moveParticipantAction, updateRoundAction } from "@/features/rounds/round-edit-actions";
import { RoundStatusControl } from "@/features/rounds/round-status-control";
import { statusLabels } from "@/features/rounds/round-list";
import { requireActor } from "@/server/auth/session";
import { resolveFramework } from "@/server/frameworks";
import { getRoundMail } from "@/server/mail/round-mail-status";
import { loadForPage } from "@/server/outcomes";
import { getRoundLineage } from "@/server/next-round";
import { listParticipants } from "@/server/participants";
import { CLOSED_ROUND_GROUPS_MESSAGE, getRoundEditContext } from "@/server/round-edits";
import { getRound } from "@/server/rounds";
import { getWorkspace } from "@/server/workspaces";

export const metadata: Metadata = { title: "Assessment round" };

const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });

export default async function RoundPage({ params }: PageProps<"/w/[slug]/rounds/[roundId]">) {
  const { slug, roundId } = await params;
  const path = `/w/${slug}/rounds/${roundId}`;
  const actor = await requireActor(path);
  const [workspace, round, participants, lineage] = await loadForPage(
    () => Promise.all([getWorkspace(actor, slug), getRound(actor, slug, roundId), listParticipants(actor, slug, roundId), getRoundLineage(actor, slug, roundId)]),
    path,
  );
  const canManage = can(workspace.role, "round.manage");
  const editContext = canManage ? await loadForPage(() => getRoundEditContext(actor, slug, round.id), path) : null;
  const canMove = canManage && round.status !== "CLOSED" && round.groups.length > 0;
  const framework = await resolveFramework(workspace.id, round.frameworkId, round.frameworkVersion);
  const total = framework.dimensions.length;
  const finished = participants.filter((participant) => participant.answered === total).length;
  const mail = canManage ? await getRoundMail(actor, slug, round.id) : null;
  const rows = participants.map((participant) => ({
    ...participant,
    ...(mail ? participantMailColumns({ slug, roundId: round.id, mail, person: participant, total, roundStatus: round.status }) : {}),
    actions: canManage
      ? {
          reissue: reissueLinkAction.bind(null, slug, round.id, participant.id),
          revoke: revokeLinkAction.bind(null, slug, round.id, participant.id),
          remove: deleteParticipantAction.bind(null, slug, round.id, participant.id),
          move: canMove ? { action: moveParticipantAction.bind(null, slug, round.id, participant.id), groups: round.groups } : undefined,
        }
      : undefined,
  }));
  return (
    <div className="space-y-10">
      <header className="space-y-2">
        <p className="text-sm text-ink-muted">
          <Link className="text-brand-700 underline" href={`/w/${slug}/organizations/${round.organization.id}`}>
            {round.organization.name}
          </Link>{" "}
          ·{" "}
          <Link className="text-brand-700 underline" href={frameworkPagePath(framework, slug)}>
            {framework.name}
          </Link>{" "}
          version {framework.version}
        </p>
        <h1 className="flex flex-wrap items-center gap-3 text-2xl font-bold text-brand-900">
          {round.name} <Badge>{statusLabels[round.status]}</Badge>
        </h1>
        <p className="text-sm text-ink-muted">
          {round.opensOn ? `Opens ${dateFormat.format(round.opensOn)}. ` : ""}
          {round.closesOn ? `Closes ${dateFormat.format(round.closesOn)}. ` : ""}
          {participants.length} participants, {finished} finished.{" "}
          <Link className="font-medium text-brand-700 underline" href={`${path}/results`}>
            See the results
          </Link>{" "}
          ·{" "}
          <Link className="font-medium text-brand-700 underline" href={`${path}/workshop`}>
            Live workshop
          </Link>
        </p>
        {canManage ? (
          <div className="pt-2">
            <RoundStatusControl
              status={round.status}
              roundName={round.name}
              unfinished={participants.length - finished}
              open={setRoundStatusAction.bind(null, slug, round.id, "OPEN")}
              close={setRoundStatusAction.bind(null, slug, round.id, "CLOSED")}
            />
          </div>
        ) : null}
        {round.status === "CLOSED" ? <p className="text-sm font-medium">This round is closed: participants can read their answers but not change them.</p> : null}
        {round.status === "DRAFT" ? <p className="text-sm font-medium">This round is a draft: participants can read the questions, and answer once you open it.</p> : null}
        <RoundLineage slug={slug} roundId={round.id} isClosed={round.status === "CLOSED"} canManage={canManage} previous={lineage.previous} next={lineage.next} />
      </header>

      <section aria-labelledby="participants-title" className="space-y-4">
        <h2 id="participants-title" className="text-xl font-semibold">
          Participants
        </h2>
        <ParticipantsTable participants={rows} total={total} canManage={canManage} />
      </section>

      {mail ? (
        <section aria-labelledby="mail-title" className="space-y-4">
          <h2 id="mail-title" className="text-xl font-semibold">
            E-mail
          </h2>
          <RoundMailPanel slug={slug} roundId={round.id} mail={mail} roundStatus={round.status} hasClosingDate={round.closesOn !== null} />
        </section>
      ) : null}

      <section aria-labelledby="privacy-title" className="space-y-3">
        <h2 id="privacy-title" className="text-xl font-semibold">
          Privacy
        </h2>
        {canManage ? (
          <PrivacySetting action={setMinGroupSizeAction.bind(null, slug, round.id)} value={round.minGroupSize} />
        ) : (
          <p>Results show no figure resting on fewer than {round.minGroupSize} people&apos;s answers.</p>
        )}
      </section>

      {editContext ? (
        <section aria-labelledby="edit-round-title" className="space-y-3">
          <h2 id="edit-round-title" className="text-xl font-semibold">
            Name, dates and groups
          </h2>
          <details className="rounded-lg border border-line bg-surface p-4">
            <summary className="cursor-pointer font-medium">Edit {round.name}</summary>
            <div className="mt-4">
              <EditRoundForm
                action={updateRoundAction.bind(null, slug, round.id)}
                round={{ name: round.name, opensOn: editContext.opensOn, closesOn: editContext.closesOn, isClosed: round.status === "CLOSED" }}
                groupCounts={editContext.groupCounts}
                closedGroupsMessage={CLOSED_ROUND_GROUPS_MESSAGE}
              />
            </div>
          </details>
        </section>
      ) : null}

      {canManage && round.status !== "CLOSED" ? (
        <section aria-labelledby="add-title" className="space-y-6">
          <h2 id="add-title" className="text-xl font-semibold">
            Add participants
          </h2>
          <AddParticipant action={addParticipantsAction.bind(null, slug, round.id, "single")} groups={round.groups} />
          <PasteParticipants action={addParticipantsAction.bind(null, slug, round.id, "list")} groups={round.groups} />
        </section>
      ) : null}
    </div>
  );
}
