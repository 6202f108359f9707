import { addMonths, daysBetween, toIsoDate, type IsoDate } from "./calendar";

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

/**
 * The name a follow-up round starts with: the half-year after the previous round's when it was named
 * that way ("H2 2026" → "H1 2027"), else the half-year of the proposed opening date. A name already
 * used by the organization gets a number ("H1 2027 (2)"), since names are unique per organization.
 */
export function nextRoundName(previousName: string, proposedOpensOn: IsoDate, takenNames: readonly string[]): string {
  const match = HALF_YEAR.exec(previousName.trim());
  const base = match ? (match[1] === "1" ? `H2 ${match[2]}` : `H1 ${Number(match[2]) + 1}`) : halfYearName(proposedOpensOn);
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
 * round that had no planned dates is dated from when it actually closed.
 */
export function proposeNextDates(previous: RoundDates, today: IsoDate): { opensOn: IsoDate; closesOn: IsoDate | null } {
  const anchor = previous.opensOn ?? (previous.closedAt ? toIsoDate(previous.closedAt) : today);
  const opensOn = addMonths(anchor, REASSESSMENT_INTERVAL_MONTHS);
  const length = previous.opensOn && previous.closesOn ? daysBetween(previous.opensOn, previous.closesOn) : null;
  const closesOn = length === null ? null : toIsoDate(new Date(Date.parse(`${opensOn}T00:00:00Z`) + length * 86_400_000));
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
