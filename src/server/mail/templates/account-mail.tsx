import { formatMailDate } from "@/domain/mail/default-notes";

import type { EmailChangedNoticeFields, EmailChangeFields, PasswordResetFields, WorkspaceInvitationFields } from "./fields";
import { LinkButton, MailLayout, Paragraph } from "./layout";

// Messages about accounts and workspaces: invitation, password reset, change of e-mail address.

export function WorkspaceInvitationMail({ fields, link }: { fields: WorkspaceInvitationFields; link: string }) {
  return (
    <MailLayout
      preview={`${fields.inviterName} invites you to ${fields.workspaceName}.`}
      from={`${fields.workspaceName} · MPEM Assessment`}
      heading={`Join ${fields.workspaceName} on MPEM Assessment`}
      why={
        <>
          You receive this because {fields.inviterName} ({fields.inviterEmail}), an owner of the workspace {fields.workspaceName}, invited this address. If you
          did not expect it, ignore it: nothing happens unless the link is opened. Reply to reach {fields.inviterName}.
        </>
      }
    >
      <Paragraph>Hello,</Paragraph>
      <Paragraph>
        {fields.inviterName} invites you to join {fields.workspaceName} as {fields.roleLabel.toLowerCase()}, to run and read personalization maturity assessments
        together.
      </Paragraph>
      <LinkButton href={link} label="Accept the invitation" />
      <Paragraph>The link works once, until {formatMailDate(fields.expiresAt)}. You can create an account, or sign in with one you have.</Paragraph>
    </MailLayout>
  );
}

export function PasswordResetMail({ fields, link }: { fields: PasswordResetFields; link: string }) {
  return (
    <MailLayout
      preview="A link to choose a new password."
      from="MPEM Assessment"
      heading="Choose a new password"
      why={
        <>
          You receive this because someone asked to reset the password of the MPEM Assessment account with this address. If it was not you, ignore this message:
          your password stays as it is.
        </>
      }
    >
      <Paragraph>Hello {fields.recipientName},</Paragraph>
      <Paragraph>Open the link below to choose a new password. It works once, for {fields.validMinutes} minutes. Setting the new password signs you out everywhere.</Paragraph>
      <LinkButton href={link} label="Choose a new password" />
    </MailLayout>
  );
}

export function EmailChangeMail({ fields, link }: { fields: EmailChangeFields; link: string }) {
  return (
    <MailLayout
      preview="Confirm your new e-mail address."
      from="MPEM Assessment"
      heading="Confirm your new e-mail address"
      why={
        <>
          You receive this because {fields.recipientName} asked to use this address ({fields.newEmail}) for their MPEM Assessment account. If that was not you,
          ignore this message: nothing changes unless the link is opened.
        </>
      }
    >
      <Paragraph>Hello {fields.recipientName},</Paragraph>
      <Paragraph>Open the link below to make {fields.newEmail} your sign-in address. It works once, for {fields.validHours} hours.</Paragraph>
      <LinkButton href={link} label="Confirm this address" />
    </MailLayout>
  );
}

export function EmailChangedNoticeMail({ fields }: { fields: EmailChangedNoticeFields }) {
  return (
    <MailLayout
      preview="Your sign-in address was changed."
      from="MPEM Assessment"
      heading="Your e-mail address was changed"
      why={<>You receive this at your previous address so that a change you did not make does not go unnoticed.</>}
    >
      <Paragraph>Hello {fields.recipientName},</Paragraph>
      <Paragraph>
        Your MPEM Assessment account now signs in with {fields.newEmail} instead of {fields.oldEmail}. If you did not make this change, contact the owner of your
        workspace at once.
      </Paragraph>
    </MailLayout>
  );
}
