import "server-only";

import { formatJoinCode, normalizeJoinCode } from "@/domain/workshop/join-code";
import { joinInput } from "@/domain/workshop/inputs";
import { acceptsAnswers } from "@/domain/rounds/round-status";
import { recordAuditEvent } from "@/server/audit";
import { getDb } from "@/server/db";
import { ValidationError } from "@/server/errors";
import { hashParticipantToken, looksLikeParticipantToken, newParticipantToken } from "@/server/participant-tokens";
import { recordWorkshopEvent } from "@/server/realtime/events";
import { parseOrThrow } from "@/server/validation";

import { countWrongJoinCode, secondsUntilJoinAllowed } from "./join-limit";

// Joining from a code in the room: the attendee types the code, their name and group, and becomes a
// participant of the round with a personal link like anyone invited by the consultant. The device
// keeps that link (a cookie), so opening the join page again resumes instead of adding a duplicate.

export type JoinRefusal = "unknown" | "too-many" | "joining-off" | "ended";

export class JoinRefused extends Error {
  constructor(
    readonly reason: JoinRefusal,
    readonly retryAfterSeconds = 0,
  ) {
    super(joinRefusalMessage(reason, retryAfterSeconds));
    this.name = "JoinRefused";
  }
}

export function joinRefusalMessage(reason: JoinRefusal, retryAfterSeconds = 0): string {
  switch (reason) {
    case "unknown":
      return "No workshop has this code. Check the code on the screen and try again.";
    case "too-many":
      return `Too many wrong codes from this network. Try again in ${Math.max(1, Math.ceil(retryAfterSeconds / 60))} minute${retryAfterSeconds > 60 ? "s" : ""}.`;
    case "joining-off":
      return "Joining this workshop is closed. Ask the facilitator to open it.";
    case "ended":
      return "This workshop has ended: its round is no longer open.";
  }
}

export type JoinableWorkshop = { roundId: string; code: string; displayCode: string; roundName: string; organizationName: string; groups: string[] };

type Row = { roundId: string; joinOpen: boolean; status: string; roundName: string; organizationName: string; groups: string[] };

/** The workshop a code opens. Wrong codes count against the address; a refused address is told how long to wait. */
export async function findWorkshopByCode(typed: unknown, address: string): Promise<JoinableWorkshop> {
  const wait = await secondsUntilJoinAllowed(address);
  if (wait > 0) throw new JoinRefused("too-many", wait);
  const code = normalizeJoinCode(typed);
  const [row] = code
    ? await getDb().$queryRaw<Row[]>`
        SELECT w."roundId", w."joinOpen", r.status::text AS status, r.name AS "roundName", o.name AS "organizationName", r.groups
        FROM "Workshop" w JOIN "Round" r ON r.id = w."roundId" JOIN "Organization" o ON o.id = r."organizationId"
        WHERE w."joinCode" = ${code}`
    : [];
  if (!row || !code) {
    await countWrongJoinCode(address);
    throw new JoinRefused("unknown");
  }
  if (!acceptsAnswers(row.status as "OPEN")) throw new JoinRefused("ended");
  if (!row.joinOpen) throw new JoinRefused("joining-off");
  return { roundId: row.roundId, code, displayCode: formatJoinCode(code), roundName: row.roundName, organizationName: row.organizationName, groups: row.groups };
}

/** The device remembers the link it joined with, per round, so the join page resumes instead of duplicating. */
export function joinCookieName(roundId: string): string {
  return `mpem-joined-${roundId.replace(/[^A-Za-z0-9_-]/g, "")}`;
}

export type JoinedAs = { token: string; displayName: string; group: string | null; resumed: boolean };

/** Who this device already joined the round as, if its link still works. */
export async function findJoinedParticipant(roundId: string, token: string | undefined): Promise<{ displayName: string; group: string | null } | null> {
  if (!looksLikeParticipantToken(token)) return null;
  const participant = await getDb().participant.findFirst({
    where: { tokenHash: hashParticipantToken(token), roundId, revokedAt: null },
    select: { displayName: true, group: true },
  });
  return participant;
}

/**
 * Adds the attendee to the round. With the device's earlier link for this round (`deviceToken`)
 * still valid, resumes that participant instead. The group must be one of the round's groups when
 * it lists any.
 */
export async function joinWorkshop(typedCode: unknown, input: unknown, address: string, deviceToken?: string): Promise<JoinedAs> {
  const workshop = await findWorkshopByCode(typedCode, address);
  const previous = await findJoinedParticipant(workshop.roundId, deviceToken);
  if (previous && deviceToken) return { token: deviceToken, ...previous, resumed: true };
  const attendee = parseOrThrow(joinInput, input);
  if (workshop.groups.length > 0) {
    const group = workshop.groups.find((listed) => listed.toLowerCase() === attendee.group?.toLowerCase());
    if (!group) throw new ValidationError("Check the highlighted fields.", { group: [`Choose your group: ${workshop.groups.join(", ")}.`] });
    attendee.group = group;
  }
  const { token, tokenHash } = newParticipantToken();
  await getDb().$transaction(async (tx) => {
    // Joining re-checks the workshop inside the transaction: a close or "joining off" that landed
    // since the lookup wins.
    const [live] = await tx.$queryRaw<{ ok: boolean }[]>`
      SELECT (w."joinOpen" AND r.status = 'OPEN') AS ok FROM "Workshop" w JOIN "Round" r ON r.id = w."roundId" WHERE w."roundId" = ${workshop.roundId} FOR SHARE OF w, r`;
    if (!live?.ok) throw new JoinRefused("joining-off");
    const participant = await tx.participant.create({
      data: { roundId: workshop.roundId, displayName: attendee.displayName, group: attendee.group, tokenHash },
      select: { id: true, round: { select: { organization: { select: { workspaceId: true } } } } },
    });
    await recordWorkshopEvent(tx, workshop.roundId, "joined");
    await recordAuditEvent(tx, {
      action: "participant.joined",
      workspaceId: participant.round.organization.workspaceId,
      targetType: "participant",
      targetId: participant.id,
      details: { roundId: workshop.roundId, via: "join-code" },
      ipAddress: address,
    });
  });
  return { token, displayName: attendee.displayName, group: attendee.group, resumed: false };
}
