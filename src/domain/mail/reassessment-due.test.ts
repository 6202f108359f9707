import { describe, expect, it } from "vitest";

import { DUE_MAIL_CATCH_UP_DAYS, reassessmentDueMail, type DueMailCandidate } from "./reassessment-due";

// Closed on 15 March 2027: due on 15 September 2027 (the date the organization page shows).
const closed = new Date("2027-03-15T16:30:00Z");
const base: DueMailCandidate = { archived: false, latestClosedAt: closed, hasRoundInProgress: false, notifiedDueDates: [] };
const at = (iso: string) => new Date(iso);

describe("reassessmentDueMail", () => {
  it("sends nothing before the due date, nor before 08:00 UTC on it", () => {
    expect(reassessmentDueMail(base, at("2027-09-14T23:59:00Z"))).toBeNull();
    expect(reassessmentDueMail(base, at("2027-09-15T07:59:00Z"))).toBeNull();
  });

  it("sends on the due date from 08:00 UTC, naming that date", () => {
    expect(reassessmentDueMail(base, at("2027-09-15T08:00:00Z"))).toEqual({ dueOn: "2027-09-15" });
    expect(reassessmentDueMail(base, at("2027-09-15T23:00:00Z"))).toEqual({ dueOn: "2027-09-15" });
  });

  it("sends once: not again for a due date already mailed", () => {
    expect(reassessmentDueMail({ ...base, notifiedDueDates: ["2027-09-15"] }, at("2027-09-15T09:00:00Z"))).toBeNull();
    // An earlier due date's mail does not stand in for this one.
    expect(reassessmentDueMail({ ...base, notifiedDueDates: ["2027-03-01"] }, at("2027-09-15T09:00:00Z"))).toEqual({ dueOn: "2027-09-15" });
  });

  it("catches up a missed day for a while, then leaves it to the workspace page", () => {
    expect(reassessmentDueMail(base, at("2027-09-16T00:05:00Z"))).toEqual({ dueOn: "2027-09-15" });
    expect(reassessmentDueMail(base, at(`2027-09-${15 + DUE_MAIL_CATCH_UP_DAYS}T12:00:00Z`))).toEqual({ dueOn: "2027-09-15" });
    expect(reassessmentDueMail(base, at(`2027-09-${16 + DUE_MAIL_CATCH_UP_DAYS}T12:00:00Z`))).toBeNull();
  });

  it("sends nothing for an archived organization, one with a next round under way, or one never assessed", () => {
    const due = at("2027-09-15T09:00:00Z");
    expect(reassessmentDueMail({ ...base, archived: true }, due)).toBeNull();
    expect(reassessmentDueMail({ ...base, hasRoundInProgress: true }, due)).toBeNull();
    expect(reassessmentDueMail({ ...base, latestClosedAt: null }, due)).toBeNull();
  });

  it("counts six months the way the organization page does (31 August + 6 months = end of February)", () => {
    const lateAugust = { ...base, latestClosedAt: new Date("2027-08-31T10:00:00Z") };
    expect(reassessmentDueMail(lateAugust, at("2028-02-29T08:00:00Z"))).toEqual({ dueOn: "2028-02-29" });
    expect(reassessmentDueMail(lateAugust, at("2028-02-28T23:00:00Z"))).toBeNull();
  });
});
