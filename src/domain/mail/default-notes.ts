// The consultant's short message that goes with each participant's link, before they edit it. It
// names the organization, the round, the closing date and how long answering takes, as the issue
// asks; the template adds the greeting, the link and why the person receives it.

const longDate = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

export function formatMailDate(date: Date | string): string {
  return longDate.format(typeof date === "string" ? new Date(date) : date);
}

export type NoteContext = { organizationName: string; roundName: string; closesOn: Date | string | null; minutes: number };

export function defaultInvitationNote({ organizationName, roundName, closesOn, minutes }: NoteContext): string {
  const deadline = closesOn ? ` by ${formatMailDate(closesOn)}` : "";
  return [
    `We are assessing how effective ${organizationName} is at personalization (${roundName}), and your view matters.`,
    `Please answer the questionnaire${deadline}. It takes about ${minutes} minutes, and your answers are saved as you go.`,
  ].join("\n\n");
}

export function defaultReminderNote({ organizationName, roundName, closesOn, minutes }: NoteContext): string {
  const deadline = closesOn ? `It closes on ${formatMailDate(closesOn)}.` : "It will close soon.";
  return [
    `You have not finished the questionnaire on ${organizationName}'s personalization (${roundName}) yet. ${deadline}`,
    `It takes about ${minutes} minutes in all, and the answers you already gave are kept.`,
  ].join("\n\n");
}
