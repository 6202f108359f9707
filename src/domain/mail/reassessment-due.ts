import { daysBetween, toIsoDate, type IsoDate } from "@/domain/history/calendar";
import { reassessmentState } from "@/domain/history/next-round";

// Which organizations get their "re-assessment due" e-mail now. The due date is the one the
// organization page shows (six months after the latest closed round, none while a next round is
// under way); the mail goes on that day, from 08:00 UTC like the participants' reminders, once
// per organization and due date. A planner that was down (or a server that was off) catches up
// for a while; a re-assessment overdue for longer than that is already named on the workspace
// page, and mailing it out of the blue (say, the first time this runs) would be noise.

/** The hour (UTC) of the due date from which the e-mail goes out. */
export const DUE_MAIL_HOUR_UTC = 8;
/** A due date missed by the planner is still mailed for this many days after it. */
export const DUE_MAIL_CATCH_UP_DAYS = 14;

export type DueMailCandidate = {
  archived: boolean;
  latestClosedAt: Date | null;
  /** A draft or open round created after the latest closed one. */
  hasRoundInProgress: boolean;
  /** Due dates already mailed (claimed) for this organization. */
  notifiedDueDates: readonly IsoDate[];
};

/** The due date to mail about now, or null when there is nothing to send. */
export function reassessmentDueMail(candidate: DueMailCandidate, now: Date): { dueOn: IsoDate } | null {
  if (candidate.archived) return null;
  const today = toIsoDate(now);
  const state = reassessmentState(candidate.latestClosedAt, candidate.hasRoundInProgress, today);
  if (!state) return null;
  const { dueOn } = state;
  if (now.getTime() < Date.parse(`${dueOn}T${String(DUE_MAIL_HOUR_UTC).padStart(2, "0")}:00:00Z`)) return null;
  if (daysBetween(dueOn, today) > DUE_MAIL_CATCH_UP_DAYS) return null;
  if (candidate.notifiedDueDates.includes(dueOn)) return null;
  return { dueOn };
}

