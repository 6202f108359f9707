import "server-only";

import { roleLabels } from "@/domain/access/permissions";
import { toIsoDate, type IsoDate } from "@/domain/history/calendar";
import { addressProblem } from "@/domain/mail/addresses";
import { reassessmentDueMail } from "@/domain/mail/reassessment-due";
import { recordAuditEvent } from "@/server/audit";
import { getDb } from "@/server/db";
import { ValidationError } from "@/server/errors";
import { logger } from "@/server/logger";
import { readDueMailFacts, type DueMailFacts } from "@/server/reassessment";

import { getMailConfig } from "./config";
import { queueMail, type NewMail } from "./outbox";
import type { ReassessmentDueFields } from "./templates/fields";

// "Re-assessment due" e-mails: on the day an organization's next re-assessment falls due (the date
// its page shows), one message to each OWNER and CONSULTANT of its workspace. There is no
// per-organization assignment of consultants, so "the organization's consultants" are the
// workspace's owners and consultants; viewers read results but do not run rounds, so they are not
// told. Planned by the same scheduled job as the participants' reminders (one run at a time across
// instances); each (organization, due date) is claimed by inserting its ReassessmentDueNotice row in
// the transaction that queues the messages, so it goes out once however many planners run.

/** Owners and consultants run rounds; viewers only read. */
const NOTIFIED_ROLES = ["OWNER", "CONSULTANT"] as const;

type Due = DueMailFacts & { latestClosed: NonNullable<DueMailFacts["latestClosed"]>; dueOn: IsoDate };

/** The organizations whose due e-mail should go now, and for which due date. */
async function dueNow(now: Date): Promise<Due[]> {
  const facts = await readDueMailFacts();
  const plan = (fact: DueMailFacts, notified: IsoDate[]) =>
    reassessmentDueMail({ archived: fact.archived, latestClosedAt: fact.latestClosed?.closedAt ?? null, hasRoundInProgress: fact.inProgress !== null, notifiedDueDates: notified }, now);
  // First without the claims (most organizations are not due), then with the claims of those that are.
  const maybe = facts.filter((fact) => plan(fact, []) !== null);
  if (maybe.length === 0) return [];
  const notices = await getDb().reassessmentDueNotice.findMany({ where: { organizationId: { in: maybe.map((fact) => fact.organizationId) } }, select: { organizationId: true, dueOn: true } });
  return maybe.flatMap((fact) => {
    const notified = notices.filter((notice) => notice.organizationId === fact.organizationId).map((notice) => toIsoDate(notice.dueOn));
    const due = plan(fact, notified);
    return due && fact.latestClosed ? [{ ...fact, latestClosed: fact.latestClosed, dueOn: due.dueOn }] : [];
  });
}

async function sendDueMail(due: Due, now: Date): Promise<number> {
  return getDb().$transaction(async (tx) => {
    // The claim: only the planner whose insert lands sends this organization's mail for this due date.
    const claimed = await tx.$queryRaw<{ organizationId: string }[]>`
      INSERT INTO "ReassessmentDueNotice" ("organizationId", "dueOn", "roundId", "ranAt") VALUES (${due.organizationId}, ${due.dueOn}::date, ${due.latestClosed.id}, ${now})
      ON CONFLICT DO NOTHING RETURNING "organizationId"`;
    if (claimed.length === 0) return 0;
    const organization = await tx.organization.findUniqueOrThrow({
      where: { id: due.organizationId },
      select: { name: true, workspace: { select: { id: true, name: true, slug: true, memberships: { where: { role: { in: [...NOTIFIED_ROLES] } }, select: { role: true, user: { select: { id: true, name: true, email: true } } } } } } },
    });
    const { workspace } = organization;
    const organizationUrl = new URL(`/w/${workspace.slug}/organizations/${due.organizationId}`, getMailConfig().appUrl).toString();
    // Account addresses were checked at sign-up; one that is somehow unusable is left out rather
    // than holding back everyone else's message (queueMail would refuse the whole batch).
    const members = workspace.memberships.filter((membership) => !addressProblem(membership.user.email));
    const mails: NewMail[] = members.map(({ role, user }) => ({
      kind: "REASSESSMENT_DUE",
      fields: {
        recipientName: user.name,
        workspaceName: workspace.name,
        roleLabel: roleLabels[role],
        organizationId: due.organizationId,
        organizationName: organization.name,
        roundName: due.latestClosed.name,
        closedAt: due.latestClosed.closedAt.toISOString(),
        dueOn: due.dueOn,
        organizationUrl,
      } satisfies ReassessmentDueFields,
      toAddress: user.email,
      toName: user.name,
      workspaceId: workspace.id,
      roundId: due.latestClosed.id,
      userId: user.id,
    }));
    await queueMail(tx, mails);
    await tx.reassessmentDueNotice.update({ where: { organizationId_dueOn: { organizationId: due.organizationId, dueOn: new Date(`${due.dueOn}T00:00:00Z`) } }, data: { recipients: mails.length } });
    await recordAuditEvent(tx, {
      action: "mail.reassessment-due-queued",
      workspaceId: workspace.id,
      targetType: "organization",
      targetId: due.organizationId,
      details: { count: mails.length, dueOn: due.dueOn, round: due.latestClosed.name },
    });
    return mails.length;
  });
}

/** Queues the "re-assessment due" e-mails that are due now. Returns how many messages it queued. */
export async function planReassessmentDueMail(now = new Date()): Promise<number> {
  let queued = 0;
  for (const due of await dueNow(now)) {
    try {
      queued += await sendDueMail(due, now);
    } catch (error) {
      // Over the workspace's hourly limit: nothing was claimed, so the next run tries again.
      if (!(error instanceof ValidationError)) throw error;
      logger.warn({ organizationId: due.organizationId, dueOn: due.dueOn }, "re-assessment due e-mail postponed: the workspace's hourly e-mail limit is reached");
    }
  }
  return queued;
}

/**
 * Why a queued "re-assessment due" message is no longer worth sending (checked just before it goes
 * out), or null: the organization was archived or deleted, the next round was started, a later round
 * closed (a new due date), or the recipient is no longer an owner or consultant of the workspace.
 */
export async function reassessmentDueObsolete(message: { fields: unknown; roundId: string | null; userId: string | null; workspaceId: string | null }): Promise<string | null> {
  const organizationId = (message.fields as Partial<ReassessmentDueFields> | null)?.organizationId;
  const [facts] = typeof organizationId === "string" ? await readDueMailFacts(organizationId) : [];
  if (!facts || facts.archived) return "The organization was archived or deleted before the message went out.";
  if (facts.inProgress) return "The next round was started before the message went out.";
  if (facts.latestClosed?.id !== message.roundId) return "A later round closed before the message went out.";
  if (message.userId && message.workspaceId) {
    const membership = await getDb().membership.findUnique({ where: { userId_workspaceId: { userId: message.userId, workspaceId: message.workspaceId } }, select: { role: true } });
    if (!membership || !(NOTIFIED_ROLES as readonly string[]).includes(membership.role)) return "They are no longer an owner or consultant of the workspace.";
  }
  return null;
}
