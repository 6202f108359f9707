// When a round's automatic reminders go out. Pure, so the planner (src/server/mail/reminders.ts)
// and the round page agree on every date.

export const DEFAULT_REMINDER_DAYS = [3, 1] as const;
export const MAX_REMINDER_DAYS = 30;
/** Reminders go out at this hour (UTC) on their day: morning in Europe, before the working day. */
export const REMINDER_HOUR_UTC = 8;

const DAY_MS = 24 * 60 * 60 * 1000;

/** The moment the reminder `daysBefore` days before a round closing on `closesOn` (a date, UTC midnight) is due. */
export function reminderMoment(closesOn: Date, daysBefore: number): Date {
  return new Date(Date.UTC(closesOn.getUTCFullYear(), closesOn.getUTCMonth(), closesOn.getUTCDate()) - daysBefore * DAY_MS + REMINDER_HOUR_UTC * 60 * 60 * 1000);
}

/** A round is open for answers until the end of its closing day (UTC). */
export function endOfClosingDay(closesOn: Date): Date {
  return new Date(Date.UTC(closesOn.getUTCFullYear(), closesOn.getUTCMonth(), closesOn.getUTCDate()) + DAY_MS);
}

export type ReminderPlan = {
  /** The reminder to send now, if any: the latest one that is due. */
  send: number | null;
  /** Due reminders that are passed over because a later one is due too (the app was down, or the round was created late). */
  skip: number[];
};

/**
 * Which reminder to send now. Of the reminders that are due and not yet done, only the latest is
 * sent (nobody gets the "3 days left" and the "1 day left" mail at the same moment); the earlier
 * ones are recorded as skipped. Nothing is due once the closing day is over.
 */
export function planReminder({ closesOn, reminderDays, done, now }: { closesOn: Date; reminderDays: readonly number[]; done: readonly number[]; now: Date }): ReminderPlan {
  if (now >= endOfClosingDay(closesOn)) return { send: null, skip: [] };
  const due = reminderDays.filter((days) => !done.includes(days) && reminderMoment(closesOn, days) <= now).sort((a, b) => a - b);
  if (due.length === 0) return { send: null, skip: [] };
  const [send, ...skip] = due;
  return { send: send!, skip };
}

export type ReminderDaysResult = { ok: true; days: number[] } | { ok: false; problem: string };

/** "3, 1" → [3, 1]; "" or "off" → [] (reminders off). Whole days from 1 to 30, at most 5. */
export function parseReminderDays(input: string): ReminderDaysResult {
  const text = input.trim().toLowerCase();
  if (text === "" || text === "off" || text === "none") return { ok: true, days: [] };
  const parts = text.split(/[\s,;]+/).filter(Boolean);
  const days: number[] = [];
  for (const part of parts) {
    if (!/^\d+$/.test(part)) return { ok: false, problem: `"${part}" is not a whole number of days. Write days such as 3, 1.` };
    const value = Number(part);
    if (value < 1 || value > MAX_REMINDER_DAYS) return { ok: false, problem: `Reminders can go 1 to ${MAX_REMINDER_DAYS} days before closing; ${value} is outside that.` };
    if (!days.includes(value)) days.push(value);
  }
  if (days.length > 5) return { ok: false, problem: "Set at most 5 reminders." };
  return { ok: true, days: days.sort((a, b) => b - a) };
}

export function describeReminderDays(days: readonly number[]): string {
  if (days.length === 0) return "off";
  const phrases = [...days].sort((a, b) => b - a).map((value) => `${value} day${value === 1 ? "" : "s"}`);
  const list = phrases.length === 1 ? phrases[0] : `${phrases.slice(0, -1).join(", ")} and ${phrases.at(-1)}`;
  return `${list} before the closing date`;
}
