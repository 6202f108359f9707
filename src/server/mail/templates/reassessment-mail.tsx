import { formatMailDate } from "@/domain/mail/default-notes";

import type { ReassessmentDueFields } from "./fields";
import { LinkButton, MailLayout, Paragraph } from "./layout";

// To each owner and consultant of a workspace, once, on the day an organization's next
// re-assessment falls due (MPEM section 6: every six months). Sent by the app on the workspace's
// behalf, so it says so; nobody typed it, so it has no reply-to.

export function reassessmentDueSubject(fields: ReassessmentDueFields): string {
  return `Re-assessment due: ${fields.organizationName} (last round ${fields.roundName})`;
}

export function ReassessmentDueMail({ fields }: { fields: ReassessmentDueFields }) {
  const due = formatMailDate(fields.dueOn);
  return (
    <MailLayout
      preview={`${fields.organizationName} is due for its next re-assessment on ${due}.`}
      from={`${fields.workspaceName} · MPEM Assessment`}
      heading={`${fields.organizationName} is due for re-assessment`}
      why={
        <>
          You receive this because you are {fields.roleLabel.toLowerCase() === "owner" ? "an owner" : "a consultant"} of the workspace {fields.workspaceName}. MPEM
          Assessment sends this automatic message once, on the day an organization&apos;s next re-assessment falls due, to the workspace&apos;s owners and
          consultants; nothing more is sent about this due date.
        </>
      }
    >
      <Paragraph>Hello {fields.recipientName},</Paragraph>
      <Paragraph>
        {fields.organizationName}&apos;s next re-assessment is due on {due}: six months after its latest round, {fields.roundName}, closed on{" "}
        {formatMailDate(fields.closedAt)}. MPEM recommends re-assessing every six months, so that progress on the roadmap is measured.
      </Paragraph>
      <Paragraph>From the organization&apos;s page you can start the next round from {fields.roundName}: it proposes the name and dates and brings over the groups and participants (with new links).</Paragraph>
      <LinkButton href={fields.organizationUrl} label={`Open ${fields.organizationName}`} />
    </MailLayout>
  );
}
