import { describe, expect, it } from "vitest";

import { describeDelivery, type DeliveryFacts } from "./delivery-label";

const base: DeliveryFacts = { kind: "PARTICIPANT_LINK", status: "QUEUED", attempts: 0, lastError: null, createdAt: new Date("2027-03-01T09:00:00Z"), sentAt: null };
const person = { hasEmail: true, finished: false };

describe("describeDelivery", () => {
  it("says not sent, queued, sent (when), failed (why) and answered", () => {
    expect(describeDelivery(undefined, person)).toMatchObject({ label: "Not sent" });
    expect(describeDelivery(base, person)).toMatchObject({ label: "Link queued" });
    expect(describeDelivery({ ...base, status: "SENT", sentAt: new Date("2027-03-01T09:05:00Z") }, person)).toEqual({ label: "Link sent", detail: "1 Mar, 09:05 UTC", tone: "good" });
    expect(describeDelivery({ ...base, status: "FAILED", lastError: "The mail server refused the address: 550" }, person)).toEqual({
      label: "Failed",
      detail: "The mail server refused the address: 550",
      tone: "bad",
    });
    expect(describeDelivery({ ...base, status: "SENT", sentAt: new Date("2027-03-01T09:05:00Z") }, { hasEmail: true, finished: true })).toEqual({
      label: "Answered",
      detail: "Link sent 1 Mar, 09:05 UTC",
      tone: "good",
    });
  });

  it("tells a retry, a reminder, the outbox and a missing address apart", () => {
    expect(describeDelivery({ ...base, attempts: 2, lastError: "Could not reach the mail server (ECONNREFUSED)." }, person)).toMatchObject({ label: "Queued, retrying" });
    expect(describeDelivery({ ...base, kind: "PARTICIPANT_REMINDER", status: "SENT", sentAt: base.createdAt }, person)).toMatchObject({ label: "Reminder sent" });
    expect(describeDelivery({ ...base, status: "HELD" }, person)).toMatchObject({ label: "In the outbox" });
    expect(describeDelivery(undefined, { hasEmail: false, finished: false })).toMatchObject({ label: "No e-mail address" });
  });
});
