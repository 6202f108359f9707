import { describe, expect, it } from "vitest";

import type { ParticipantMailFields } from "./fields";
import { mailLink, renderMail } from "./index";

const evil = "<img src=x onerror=alert(1)>";
const fields: ParticipantMailFields = {
  recipientName: evil,
  consultancyName: "Acme & Co <Consulting>",
  organizationName: "Retail \"Best\" Ltd",
  roundName: "H1 2027",
  closesOn: "2027-03-10T00:00:00.000Z",
  minutes: 25,
  senderName: "Jane <b>Doe</b>",
  senderEmail: "jane@acme.example",
  note: `First paragraph with ${evil}.\n\nSecond <script>alert(2)</script> paragraph.`,
};
const link = mailLink("PARTICIPANT_LINK", "T".repeat(43), "https://mpem.example.com")!;

describe("participant link template", () => {
  it("shows what people typed as text, never as markup", async () => {
    const mail = await renderMail({ kind: "PARTICIPANT_LINK", fields }, link);
    expect(mail.html).not.toContain("<img");
    expect(mail.html).not.toContain("<script");
    expect(mail.html).not.toContain("<b>Doe");
    expect(mail.html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(mail.text).toContain(`Hello ${evil},`);
    expect(mail.text).toContain("Second <script>alert(2)</script> paragraph.");
  });

  it("names the consultancy, the organization, the round, the closing date and why the person receives it", async () => {
    const mail = await renderMail({ kind: "PARTICIPANT_LINK", fields }, link);
    expect(mail.subject).toBe('Acme & Co <Consulting> asks for your view: Retail "Best" Ltd, H1 2027');
    for (const part of ["Acme & Co <Consulting>", 'Retail "Best" Ltd', "H1 2027", "10 March 2027", "about 25 minutes", "You receive this because Jane <b>Doe</b> (jane@acme.example)"]) {
      expect(mail.text).toContain(part);
    }
    expect(mail.fromName).toBe("Jane <b>Doe</b> (Acme & Co <Consulting>) via MPEM Assessment");
    expect(mail.replyTo).toBe("jane@acme.example");
  });

  it("links straight to the questionnaire: no tracking pixel, no redirect", async () => {
    const mail = await renderMail({ kind: "PARTICIPANT_LINK", fields }, link);
    const hrefs = [...mail.html.matchAll(/href="([^"]+)"/g)].map((match) => match[1]);
    expect(hrefs.length).toBeGreaterThan(0);
    expect(new Set(hrefs)).toEqual(new Set([`https://mpem.example.com/r/${"T".repeat(43)}`]));
    expect(mail.html).not.toMatch(/<img\b/i);
    expect(mail.text).toContain(`https://mpem.example.com/r/${"T".repeat(43)}`);
  });

  it("keeps header fields on one line", async () => {
    const mail = await renderMail({ kind: "PARTICIPANT_REMINDER", fields: { ...fields, roundName: "H1\r\nBcc: victim@example.com" } }, link);
    expect(mail.subject).not.toMatch(/[\r\n]/);
    expect(mail.subject).toContain("Reminder:");
  });
});

describe("account templates", () => {
  it("render every kind with HTML and text", async () => {
    const reset = await renderMail({ kind: "PASSWORD_RESET", fields: { recipientName: "Ann", validMinutes: 60 } }, mailLink("PASSWORD_RESET", "abc", "http://localhost:3000"));
    expect(reset.text).toContain("http://localhost:3000/reset-password/abc");
    expect(reset.text).toContain("60 minutes");
    const invite = await renderMail(
      { kind: "WORKSPACE_INVITATION", fields: { workspaceName: "Acme", inviterName: "Jo", inviterEmail: "jo@acme.example", roleLabel: "Consultant", expiresAt: "2027-01-08T10:00:00Z" } },
      mailLink("WORKSPACE_INVITATION", "xyz", "http://localhost:3000"),
    );
    expect(invite.text).toContain("http://localhost:3000/invite/xyz");
    expect(invite.text).toContain("8 January 2027");
    const notice = await renderMail({ kind: "EMAIL_CHANGED_NOTICE", fields: { recipientName: "Ann", oldEmail: "a@x.example", newEmail: "b@x.example" } }, null);
    expect(notice.html).not.toContain("href=");
    expect(notice.text).toContain("b@x.example instead of a@x.example");
  });

  it("refuses to render a link message without its link", async () => {
    await expect(renderMail({ kind: "EMAIL_CHANGE", fields: { recipientName: "Ann", newEmail: "b@x.example", validHours: 24 } }, null)).rejects.toThrow(/needs its link/);
  });
});

describe("re-assessment due template", () => {
  const due = {
    recipientName: "Carl <i>Consultant</i>",
    workspaceName: "Acme & Co <Consulting>",
    roleLabel: "Consultant",
    organizationId: "org-1",
    organizationName: evil,
    roundName: "H1 2027",
    closedAt: "2027-03-15T16:00:00.000Z",
    dueOn: "2027-09-15",
    organizationUrl: "https://mpem.example.com/w/acme/organizations/org-1",
  };

  it("names the organization, the round and when it closed, the due date, who sends it and why; typed names stay text", async () => {
    const mail = await renderMail({ kind: "REASSESSMENT_DUE", fields: due }, null);
    expect(mail.subject).toBe(`Re-assessment due: ${evil} (last round H1 2027)`);
    expect(mail.fromName).toBe("Acme & Co <Consulting> via MPEM Assessment");
    expect(mail.replyTo).toBeNull();
    for (const part of [`${evil}'s next re-assessment is due on 15 September 2027`, "H1 2027, closed on 15 March 2027", "You receive this because you are a consultant of the workspace Acme & Co <Consulting>", due.organizationUrl]) {
      expect(mail.text).toContain(part);
    }
    expect(mail.html).not.toContain("<img");
    expect(mail.html).not.toContain("<i>Consultant");
    expect(new Set([...mail.html.matchAll(/href="([^"]+)"/g)].map((match) => match[1]))).toEqual(new Set([due.organizationUrl]));
    expect((await renderMail({ kind: "REASSESSMENT_DUE", fields: { ...due, roleLabel: "Owner" } }, null)).text).toContain("because you are an owner of the workspace");
  });
});
