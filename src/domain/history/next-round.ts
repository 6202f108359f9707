import { addDays, addMonths, daysBetween, toIsoDate, type IsoDate } from "./calendar";

// Re-assessment every six months (MPEM section 6): what the next round is called, when it is proposed
// to run, and when an organization is due or overdue for it.

export const REASSESSMENT_INTERVAL_MONTHS = 6;
/** An organization is "due soon" this many days before its re-assessment date. */
export const DUE_SOON_DAYS = 30;

/** "H1 2027" for a date in January–June 2027, "H2 2027" for July–December. */
export function halfYearName(date: IsoDate): string {
  const [year, month] = date.split("-").map(Number) as [number, number];
  return `H${month <= 6 ? 1 : 2} ${year}`;
}

const HALF_YEAR = /^H([12])\s+(\d{4})$/i;

function followingHalfYear(name: string): string | null {
  const match = HALF_YEAR.exec(name.trim());
  if (!match) return null;
  return match[1] === "1" ? `H2 ${match[2]}` : `H1 ${Number(match[2]) + 1}`;
}

/** Half-years in order: "H2 2026" < "H1 2027". */
const halfYearIndex = (name: string) => {
  const [, half, year] = HALF_YEAR.exec(name)!;
  return Number(year) * 2 + Number(half) - 1;
};

/**
 * The name a follow-up round starts with: the half-year after the previous round's when it was named
 * that way ("H2 2026" → "H1 2027"), but never a half-year before the proposed opening date (an
 * organization re-assessed a year late gets the half-year it actually runs in), else the half-year
 * of the proposed opening date. A name already used by the organization gets a number
 * ("H1 2027 (2)"), since names are unique per organization.
 */
export function nextRoundName(previousName: string, proposedOpensOn: IsoDate, takenNames: readonly string[]): string {
  const following = followingHalfYear(previousName);
  const opening = halfYearName(proposedOpensOn);
  const base = following && halfYearIndex(following) >= halfYearIndex(opening) ? following : opening;
  const taken = new Set(takenNames.map((name) => name.trim().toLowerCase()));
  if (!taken.has(base.toLowerCase())) return base;
  for (let suffix = 2; ; suffix += 1) {
    const candidate = `${base} (${suffix})`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

export type RoundDates = { opensOn: IsoDate | null; closesOn: IsoDate | null; closedAt: Date | null };

/**
 * Six months after the previous round: its opening and closing dates moved on by the interval; a
 * round that had no planned dates is dated from when it actually closed. Never in the past: an
 * organization already overdue is proposed to start today, keeping the previous round's length.
 */
export function proposeNextDates(previous: RoundDates, today: IsoDate): { opensOn: IsoDate; closesOn: IsoDate | null } {
  const anchor = previous.opensOn ?? (previous.closedAt ? toIsoDate(previous.closedAt) : today);
  const sixMonthsOn = addMonths(anchor, REASSESSMENT_INTERVAL_MONTHS);
  const opensOn = sixMonthsOn < today ? today : sixMonthsOn;
  const length = previous.opensOn && previous.closesOn ? daysBetween(previous.opensOn, previous.closesOn) : null;
  const closesOn = length === null ? null : addDays(opensOn, length);
  return { opensOn, closesOn };
}

export type ReassessmentState = { dueOn: IsoDate; status: "overdue" | "due-soon" | "scheduled"; daysLeft: number };

/**
 * When the organization's next re-assessment is due: six months after its latest closed round
 * closed. Null while no round has closed, or while a later round is already under way (`hasRoundInProgress`).
 */
export function reassessmentState(latestClosedAt: Date | null, hasRoundInProgress: boolean, today: IsoDate): ReassessmentState | null {
  if (!latestClosedAt || hasRoundInProgress) return null;
  const dueOn = addMonths(toIsoDate(latestClosedAt), REASSESSMENT_INTERVAL_MONTHS);
  const daysLeft = daysBetween(today, dueOn);
  return { dueOn, daysLeft, status: daysLeft < 0 ? "overdue" : daysLeft <= DUE_SOON_DAYS ? "due-soon" : "scheduled" };
}

/** "Overdue by 11 days", "Due today", "Due in 1 day": words, so the state never rests on colour alone. */
export function describeReassessment(state: ReassessmentState): string {
  const days = (count: number) => `${count} day${count === 1 ? "" : "s"}`;
  if (state.daysLeft < 0) return `Overdue by ${days(-state.daysLeft)}`;
  if (state.daysLeft === 0) return "Due today";
  return `Due in ${days(state.daysLeft)}`;
}

const STATUS_ORDER = { overdue: 0, "due-soon": 1, scheduled: 2 } as const;

/**
 * Most urgent first: overdue (the longest overdue first), due soon, scheduled (soonest first), then
 * organizations with nothing due (no closed round yet, or a round under way), each group by name.
 */
export function compareByReassessment(a: { name: string; reassessment: ReassessmentState | null }, b: { name: string; reassessment: ReassessmentState | null }): number {
  const rank = (state: ReassessmentState | null) => (state ? STATUS_ORDER[state.status] : 3);
  return (
    rank(a.reassessment) - rank(b.reassessment) ||
    (a.reassessment && b.reassessment ? a.reassessment.daysLeft - b.reassessment.daysLeft : 0) ||
    a.name.localeCompare(b.name)
  );
}
