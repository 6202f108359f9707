import type { RoundMail } from "@/server/mail/round-mail-status";

import { reminderDaysAction, remindAction, sendLinksAction } from "./mail-actions";
import { RoundMailSection } from "./round-mail-section";

/** The round page's "E-mail" section, with this round's actions bound. */
export function RoundMailPanel({ slug, roundId, mail, roundStatus, hasClosingDate }: { slug: string; roundId: string; mail: RoundMail; roundStatus: "DRAFT" | "OPEN" | "CLOSED"; hasClosingDate: boolean }) {
  return (
    <RoundMailSection
      mail={mail}
      outboxHref={`/w/${slug}/outbox`}
      roundStatus={roundStatus}
      hasClosingDate={hasClosingDate}
      actions={{
        send: sendLinksAction.bind(null, slug, roundId),
        remind: remindAction.bind(null, slug, roundId),
        reminderDays: reminderDaysAction.bind(null, slug, roundId),
      }}
    />
  );
}
