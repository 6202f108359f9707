import { describeDelivery } from "@/domain/mail/delivery-label";
import type { RoundMail } from "@/server/mail/round-mail-status";

import { DeliveryCell, SelectForMail } from "./delivery-cell";
import { resendLinkAction } from "./mail-actions";
import { SEND_LINKS_FORM_ID } from "./send-links-form";

type Person = { id: string; displayName: string; email: string | null; revokedAt: Date | null; submittedAt: Date | null; answered: number };

/**
 * The participant list's e-mail columns for one person: a tick box for "send links" and their
 * delivery status with "Resend". Finished: submitted or every dimension answered.
 */
export function participantMailColumns({ slug, roundId, mail, person, total, roundStatus }: { slug: string; roundId: string; mail: RoundMail; person: Person; total: number; roundStatus: string }) {
  const delivery = mail.deliveries[person.id];
  const finished = person.submittedAt !== null || person.answered >= total;
  const label = describeDelivery(delivery, { hasEmail: Boolean(person.email), finished });
  const onItsWay = delivery?.status === "QUEUED" || delivery?.status === "SENDING";
  const canSend = Boolean(person.email) && !person.revokedAt && roundStatus !== "CLOSED" && !onItsWay;
  return {
    select: canSend ? <SelectForMail id={person.id} name={person.displayName} formId={SEND_LINKS_FORM_ID} /> : null,
    delivery: (
      <DeliveryCell
        name={person.displayName}
        label={label}
        resend={canSend ? resendLinkAction.bind(null, slug, roundId, person.id) : undefined}
        resendLabel={delivery ? "Resend" : "Send link"}
      />
    ),
  };
}
