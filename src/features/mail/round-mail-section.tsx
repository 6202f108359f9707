import Link from "next/link";

import { describeReminderDays } from "@/domain/mail/reminder-schedule";
import { formatSentAt } from "@/domain/mail/delivery-label";
import type { FormState } from "@/lib/form-state";
import type { RoundMail } from "@/server/mail/round-mail-status";

import { RemindForm } from "./remind-form";
import { ReminderSettings } from "./reminder-settings";
import { SendLinksForm } from "./send-links-form";

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

export function MailNotSetUp({ outboxHref }: { outboxHref: string }) {
  return (
    <p role="note" className="max-w-2xl rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
      E-mail is not set up on this server (no <code>SMTP_URL</code>), so nothing is sent: messages wait in the{" "}
      <Link href={outboxHref} className="font-medium underline">
        outbox
      </Link>
      , where you can copy each person&apos;s link and pass it on yourself.
    </p>
  );
}

const dueFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", timeZone: "UTC" });

function ReminderSchedule({ schedule, hasClosingDate }: { schedule: RoundMail["reminderSchedule"]; hasClosingDate: boolean }) {
  if (!hasClosingDate) return <p className="text-sm text-ink-muted">This round has no closing date, so no automatic reminders are due.</p>;
  if (schedule.length === 0) return null;
  return (
    <ul className="space-y-1 text-sm">
      {schedule.map(({ daysBefore, dueAt, run }) => (
        <li key={daysBefore}>
          {daysBefore} day{daysBefore === 1 ? "" : "s"} before closing ({dueFormat.format(dueAt)} UTC):{" "}
          {run ? (run.note && run.recipients === 0 ? run.note : `sent to ${run.recipients} ${run.recipients === 1 ? "person" : "people"} on ${formatSentAt(run.ranAt)}`) : "not yet"}
        </li>
      ))}
    </ul>
  );
}

type Props = {
  mail: RoundMail;
  outboxHref: string;
  roundStatus: "DRAFT" | "OPEN" | "CLOSED";
  hasClosingDate: boolean;
  actions: { send: Action; remind: Action; reminderDays: Action };
};

/** The round page's e-mail section: send links, remind, automatic reminders. */
export function RoundMailSection({ mail, outboxHref, roundStatus, hasClosingDate, actions }: Props) {
  return (
    <div className="space-y-8">
      {mail.mailConfigured ? null : <MailNotSetUp outboxHref={outboxHref} />}
      {roundStatus === "CLOSED" ? (
        <p className="text-sm text-ink-muted">This round is closed: reopen it to send links or reminders.</p>
      ) : (
        <>
          <div className="space-y-3">
            <h3 className="text-lg font-semibold">Send each person their link</h3>
            <SendLinksForm action={actions.send} defaultNote={mail.defaultNotes.invitation} unsent={mail.unsent} mailConfigured={mail.mailConfigured} />
          </div>
          <div className="space-y-3">
            <h3 className="text-lg font-semibold">Remind</h3>
            <RemindForm action={actions.remind} remindable={mail.remindable} defaultNote={mail.defaultNotes.reminder} isOpen={roundStatus === "OPEN"} />
          </div>
        </>
      )}
      <div className="space-y-3">
        <h3 className="text-lg font-semibold">Automatic reminders</h3>
        <p className="text-sm text-ink-muted">
          Now: {describeReminderDays(mail.reminderDays)}. They go at 08:00 UTC to everyone who was e-mailed their link and has not finished, while the round is open.
        </p>
        <ReminderSchedule schedule={mail.reminderSchedule} hasClosingDate={hasClosingDate} />
        <ReminderSettings action={actions.reminderDays} days={mail.reminderDays} />
      </div>
      <p className="text-sm">
        <Link href={outboxHref} className="font-medium text-brand-700 underline">
          Open the outbox
        </Link>{" "}
        to see every message of this workspace.
      </p>
    </div>
  );
}
