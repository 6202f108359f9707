import { describe, expect, it } from "vitest";

import { defaultInvitationNote, defaultReminderNote } from "./default-notes";

describe("default notes", () => {
  it("name the organization, the round, the closing date and how long answering takes", () => {
    const note = defaultInvitationNote({ organizationName: "Acme Retail", roundName: "H1 2027", closesOn: "2027-03-10T00:00:00Z", minutes: 25 });
    expect(note).toContain("Acme Retail");
    expect(note).toContain("H1 2027");
    expect(note).toContain("by 10 March 2027");
    expect(note).toContain("about 25 minutes");
  });

  it("leave the date out when the round has none", () => {
    expect(defaultInvitationNote({ organizationName: "A", roundName: "R", closesOn: null, minutes: 25 })).not.toContain(" by ");
    expect(defaultReminderNote({ organizationName: "A", roundName: "R", closesOn: null, minutes: 25 })).toContain("will close soon");
  });
});
