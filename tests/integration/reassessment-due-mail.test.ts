import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

import { startBackgroundWork, type BackgroundWork } from "@/server/jobs/background";
import { planReassessmentDueMail, reassessmentDueObsolete } from "@/server/mail/reassessment-due";
import { getReassessment } from "@/server/reassessment";

import { addMember, createUser, type TestActor } from "../factories/accounts";
import { createDbClient } from "../factories/db-client";
import { createRound } from "../factories/rounds";
import { createOrganization, createWorkspace } from "../factories/workspace";
import { eventually } from "../support/mail-fixtures";
import { startTestSmtpServer, type TestSmtpServer } from "../support/test-smtp-server";

// "Re-assessment due" e-mails: on the day an organization's next re-assessment falls due, one
// message to each owner and consultant of its workspace (never a viewer), delivered through the
// worker to a real SMTP server; once per organization and due date, however many planners run.
// Dates are years ahead, so the real-time planner of the running background work never finds them due.

const db = createDbClient(inject("databaseUrl"));
let smtp: TestSmtpServer;
let work: BackgroundWork;

beforeAll(async () => {
  smtp = await startTestSmtpServer();
  process.env.SMTP_URL = smtp.url;
  process.env.MAIL_FROM = "MPEM Assessment <assessments@mpem.example>";
  work = await startBackgroundWork({ superviseIntervalSeconds: 2 });
});

afterAll(async () => {
  await work?.stop();
  await smtp?.close();
});

type Team = { slug: string; workspaceId: string; owner: TestActor; consultant: TestActor; viewer: TestActor };

async function team(workspaceName = "Northwind Consulting"): Promise<Team> {
  const workspace = await createWorkspace(db, { name: workspaceName });
  const [owner, consultant, viewer] = [await createUser(db, { name: "Olga Owner" }), await createUser(db, { name: "Carl Consultant" }), await createUser(db, { name: "Vera Viewer" })];
  await addMember(db, workspace.id, owner.userId, "OWNER");
  await addMember(db, workspace.id, consultant.userId, "CONSULTANT");
  await addMember(db, workspace.id, viewer.userId, "VIEWER");
  return { slug: workspace.slug, workspaceId: workspace.id, owner, consultant, viewer };
}

/** An organization whose latest round closed at `closedAt` (so its re-assessment is due six months later). */
async function closedOrganization(workspaceId: string, name: string, closedAt: Date, roundName = "H1 2031") {
  const organization = await createOrganization(db, workspaceId, { name });
  // Created now (in the test's past), so any round created later counts as the next one.
  const round = await createRound(db, organization.id, { name: roundName, status: "CLOSED", closedAt });
  return { organizationId: organization.id, roundId: round.id };
}

const dueMail = (organizationId: string) =>
  db.mailMessage.findMany({ where: { kind: "REASSESSMENT_DUE", fields: { path: ["organizationId"], equals: organizationId } }, select: { id: true, toAddress: true, status: true, fields: true, roundId: true, userId: true, workspaceId: true } });
const arrivedFor = (address: string) => smtp.received.filter((mail) => mail.to === address);

describe("re-assessment due e-mails", () => {
  it("go on the due date to each owner and consultant, never a viewer, naming the organization, its last round and the due date", async () => {
    const people = await team("Northwind <Consulting>");
    const closedAt = new Date("2031-03-15T16:00:00Z");
    const { organizationId, roundId } = await closedOrganization(people.workspaceId, "Acme <b>Retail</b>", closedAt);
    // The due date is the one the organization page shows.
    const page = await getReassessment(people.owner, people.slug, organizationId, new Date("2031-09-15T12:00:00Z"));
    expect(page.state?.dueOn).toBe("2031-09-15");

    expect(await planReassessmentDueMail(new Date("2031-09-14T12:00:00Z"))).toBe(0);
    expect(await planReassessmentDueMail(new Date("2031-09-15T08:05:00Z"))).toBe(2);
    const queued = await dueMail(organizationId);
    expect(queued.map((message) => message.toAddress).sort()).toEqual([people.owner.email, people.consultant.email].sort());
    expect(queued.every((message) => message.roundId === roundId)).toBe(true);

    await eventually(async () => arrivedFor(people.owner.email).length === 1 && arrivedFor(people.consultant.email).length === 1, 20_000, "both messages");
    const [mail] = arrivedFor(people.consultant.email);
    expect(mail!.subject).toBe("Re-assessment due: Acme <b>Retail</b> (last round H1 2031)");
    expect(mail!.fromName).toBe("Northwind <Consulting> via MPEM Assessment");
    expect(mail!.replyTo).toBeNull();
    const link = `http://localhost:3000/w/${people.slug}/organizations/${organizationId}`;
    for (const part of ["Hello Carl Consultant,", "Acme <b>Retail</b>'s next re-assessment is due on 15 September 2031", "H1 2031, closed on 15 March 2031", link, "You receive this because you are a consultant of the workspace Northwind <Consulting>"]) {
      expect(mail!.text).toContain(part);
    }
    expect(arrivedFor(people.owner.email)[0]!.text).toContain("because you are an owner");
    // Typed names are text in the HTML; the only link is the organization's page: no tracking, no redirect.
    expect(mail!.html).not.toContain("<b>Retail");
    expect(mail!.html).toContain("Acme &lt;b&gt;Retail&lt;/b&gt;");
    expect(new Set([...mail!.html.matchAll(/href="([^"]+)"/g)].map((match) => match[1]))).toEqual(new Set([link]));
    expect(mail!.html).not.toMatch(/<img\b/i);
    expect(arrivedFor(people.viewer.email)).toHaveLength(0);

    // Later runs, one at a time or side by side (several instances), send nothing more.
    expect(await planReassessmentDueMail(new Date("2031-09-15T08:10:00Z"))).toBe(0);
    expect(await Promise.all([planReassessmentDueMail(new Date("2031-09-16T09:00:00Z")), planReassessmentDueMail(new Date("2031-09-16T09:00:00Z"))])).toEqual([0, 0]);
    expect(await dueMail(organizationId)).toHaveLength(2);
    expect(await db.reassessmentDueNotice.findMany({ where: { organizationId }, select: { recipients: true, roundId: true } })).toEqual([{ recipients: 2, roundId }]);
    const audit = await db.auditEvent.findFirst({ where: { action: "mail.reassessment-due-queued", targetId: organizationId }, select: { details: true, workspaceId: true } });
    expect(audit).toEqual({ workspaceId: people.workspaceId, details: { count: 2, dueOn: "2031-09-15", round: "H1 2031" } });
  });

  it("are queued once when several planners run at the same moment", async () => {
    const people = await team();
    const { organizationId } = await closedOrganization(people.workspaceId, "Globex", new Date("2032-01-10T10:00:00Z"));
    const now = new Date("2032-07-10T08:01:00Z");
    const runs = await Promise.all([planReassessmentDueMail(now), planReassessmentDueMail(now), planReassessmentDueMail(now)]);
    expect(runs.reduce((sum, count) => sum + count, 0)).toBe(2);
    expect(await dueMail(organizationId)).toHaveLength(2);
    await eventually(async () => arrivedFor(people.owner.email).length === 1 && arrivedFor(people.consultant.email).length === 1, 20_000, "both messages");
    // Give a duplicate every chance to arrive.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(arrivedFor(people.owner.email)).toHaveLength(1);
    expect(arrivedFor(people.consultant.email)).toHaveLength(1);
  });

  it("are not sent for an organization whose next round was started, an archived one, one not yet due, or one overdue for long", async () => {
    const people = await team();
    const closedAt = new Date("2033-02-01T10:00:00Z");
    const started = await closedOrganization(people.workspaceId, "Started", closedAt);
    await createRound(db, started.organizationId, { name: "H2 2033", status: "DRAFT", previousRoundId: started.roundId });
    const archived = await closedOrganization(people.workspaceId, "Archived", closedAt);
    await db.organization.update({ where: { id: archived.organizationId }, data: { archivedAt: new Date() } });
    const notYet = await closedOrganization(people.workspaceId, "Not yet", new Date("2033-02-20T10:00:00Z"));
    const longAgo = await closedOrganization(people.workspaceId, "Long ago", new Date("2032-06-01T10:00:00Z"));
    // An old draft left behind before the latest round closed does not hide the due date (as on the page).
    const oldDraft = await closedOrganization(people.workspaceId, "Old draft", closedAt);
    const draft = await createRound(db, oldDraft.organizationId, { name: "Forgotten", status: "DRAFT" });
    await db.round.update({ where: { id: draft.id }, data: { createdAt: new Date("2020-01-01T00:00:00Z") } });

    expect(await planReassessmentDueMail(new Date("2033-08-01T09:00:00Z"))).toBe(2);
    for (const quiet of [started, archived, notYet, longAgo]) expect(await dueMail(quiet.organizationId)).toHaveLength(0);
    expect(await dueMail(oldDraft.organizationId)).toHaveLength(2);
  });

  it("wait, unclaimed, while the workspace is at its hourly limit, and go once it has room", async () => {
    const people = await team();
    const { organizationId } = await closedOrganization(people.workspaceId, "Initech", new Date("2034-03-03T10:00:00Z"));
    const now = new Date("2034-09-03T09:00:00Z");
    // 499 messages in the last hour (the default limit is 500): room for one, not for two.
    await db.mailMessage.createMany({
      data: Array.from({ length: 499 }, (_, index) => ({ kind: "WORKSPACE_INVITATION" as const, status: "SENT" as const, toAddress: `guest-${index}@example.test`, workspaceId: people.workspaceId })),
    });
    expect(await planReassessmentDueMail(now)).toBe(0);
    expect(await db.reassessmentDueNotice.count({ where: { organizationId } })).toBe(0);
    expect(await dueMail(organizationId)).toHaveLength(0);
    await db.mailMessage.updateMany({ where: { workspaceId: people.workspaceId, kind: "WORKSPACE_INVITATION" }, data: { createdAt: new Date(Date.now() - 61 * 60 * 1000) } });
    expect(await planReassessmentDueMail(now)).toBe(2);
  });

  it("are cancelled before delivery when the next round was started, or the person is no longer a consultant", async () => {
    const people = await team();
    const { organizationId, roundId } = await closedOrganization(people.workspaceId, "Umbrella", new Date("2035-01-05T10:00:00Z"));
    await planReassessmentDueMail(new Date("2035-07-05T09:00:00Z"));
    const [forOwner, forConsultant] = ["owner", "consultant"].map((who) => ({ fields: { organizationId }, roundId, workspaceId: people.workspaceId, userId: (who === "owner" ? people.owner : people.consultant).userId }));
    expect(await reassessmentDueObsolete(forOwner!)).toBeNull();
    await db.membership.update({ where: { userId_workspaceId: { userId: people.consultant.userId, workspaceId: people.workspaceId } }, data: { role: "VIEWER" } });
    expect(await reassessmentDueObsolete(forConsultant!)).toBe("They are no longer an owner or consultant of the workspace.");
    await createRound(db, organizationId, { name: "H2 2035", status: "OPEN", previousRoundId: roundId });
    expect(await reassessmentDueObsolete(forOwner!)).toBe("The next round was started before the message went out.");
    await db.organization.update({ where: { id: organizationId }, data: { archivedAt: new Date() } });
    expect(await reassessmentDueObsolete(forOwner!)).toBe("The organization was archived or deleted before the message went out.");
  });
});
