// What the participant list says about each person's e-mail: not sent, queued, sent (when),
// failed (why), answered. Pure, so the words are tested once and every screen says the same.

export type DeliveryFacts = {
  kind: "PARTICIPANT_LINK" | "PARTICIPANT_REMINDER";
  status: "HELD" | "QUEUED" | "SENDING" | "SENT" | "FAILED" | "CANCELLED";
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  sentAt: Date | null;
};

export type DeliveryLabel = { label: string; detail: string | null; tone: "neutral" | "good" | "warning" | "bad" };

const when = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", timeZone: "UTC" });

export function formatSentAt(date: Date): string {
  return `${when.format(date)} UTC`;
}

export function describeDelivery(delivery: DeliveryFacts | undefined, person: { hasEmail: boolean; finished: boolean }): DeliveryLabel {
  const what = delivery?.kind === "PARTICIPANT_REMINDER" ? "Reminder" : "Link";
  const sentNote = delivery?.status === "SENT" && delivery.sentAt ? `${what} sent ${formatSentAt(delivery.sentAt)}` : null;
  if (person.finished) return { label: "Answered", detail: sentNote, tone: "good" };
  if (!person.hasEmail) return { label: "No e-mail address", detail: null, tone: "neutral" };
  if (!delivery) return { label: "Not sent", detail: null, tone: "neutral" };
  switch (delivery.status) {
    case "HELD":
      return { label: "In the outbox", detail: "Mail is not set up: copy the link from the outbox.", tone: "warning" };
    case "QUEUED":
      return delivery.attempts > 0
        ? { label: "Queued, retrying", detail: delivery.lastError, tone: "warning" }
        : { label: `${what} queued`, detail: null, tone: "neutral" };
    case "SENDING":
      return { label: "Sending", detail: null, tone: "neutral" };
    case "SENT":
      return { label: `${what} sent`, detail: formatSentAt(delivery.sentAt ?? delivery.createdAt), tone: "good" };
    case "FAILED":
      return { label: "Failed", detail: delivery.lastError, tone: "bad" };
    case "CANCELLED":
      return { label: "Not sent", detail: delivery.lastError, tone: "neutral" };
  }
}
