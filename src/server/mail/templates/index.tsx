import { render, toPlainText } from "@react-email/components";
import type { ReactElement } from "react";

import { EmailChangedNoticeMail, EmailChangeMail, PasswordResetMail, WorkspaceInvitationMail } from "./account-mail";
import { linkPaths, type MailFieldsByKind, type MailKind } from "./fields";
import { participantSubject, ParticipantMail } from "./participant-mail";
import { ReassessmentDueMail, reassessmentDueSubject } from "./reassessment-mail";

// Every message the app sends is made here, from its kind, its fields and (where it has one) its
// link: the subject, the HTML, the plain-text part, and the sender's display name. Names and notes
// that people typed are React text, so they are escaped in the HTML; the plain text is made from
// that HTML, so it shows them as the person typed them.

export type RenderedMail = { subject: string; html: string; text: string; fromName: string; replyTo: string | null };

export type MailToRender = { [K in MailKind]: { kind: K; fields: MailFieldsByKind[K] } }[MailKind];

/** One line, no control characters, at most 150 characters: safe as a header. */
function headerText(text: string, max = 150): string {
  const line = text.replace(/[\u0000-\u001F\u007F]+/g, " ").replace(/\s+/g, " ").trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/** The subject, on its own: the outbox lists it without rendering the body. */
export function mailSubject(mail: MailToRender): string {
  switch (mail.kind) {
    case "PARTICIPANT_LINK":
    case "PARTICIPANT_REMINDER":
      return headerText(participantSubject(mail.fields, mail.kind === "PARTICIPANT_REMINDER"));
    case "WORKSPACE_INVITATION":
      return headerText(`${mail.fields.inviterName} invites you to ${mail.fields.workspaceName} on MPEM Assessment`);
    case "PASSWORD_RESET":
      return "Choose a new password for MPEM Assessment";
    case "EMAIL_CHANGE":
      return "Confirm your new e-mail address for MPEM Assessment";
    case "EMAIL_CHANGED_NOTICE":
      return "Your MPEM Assessment e-mail address was changed";
    case "REASSESSMENT_DUE":
      return headerText(reassessmentDueSubject(mail.fields));
  }
}

function describe(mail: MailToRender, link: string | null): { element: ReactElement; fromName: string; replyTo: string | null } {
  const requireLink = () => {
    if (!link) throw new Error(`A ${mail.kind} message needs its link.`);
    return link;
  };
  switch (mail.kind) {
    case "PARTICIPANT_LINK":
    case "PARTICIPANT_REMINDER": {
      const { fields } = mail;
      return {
        element: <ParticipantMail fields={fields} link={requireLink()} reminder={mail.kind === "PARTICIPANT_REMINDER"} />,
        fromName: fields.automatic ? `${fields.consultancyName} via MPEM Assessment` : `${fields.senderName} (${fields.consultancyName}) via MPEM Assessment`,
        replyTo: fields.senderEmail,
      };
    }
    case "WORKSPACE_INVITATION":
      return {
        element: <WorkspaceInvitationMail fields={mail.fields} link={requireLink()} />,
        fromName: `${mail.fields.inviterName} (${mail.fields.workspaceName}) via MPEM Assessment`,
        replyTo: mail.fields.inviterEmail,
      };
    case "PASSWORD_RESET":
      return { element: <PasswordResetMail fields={mail.fields} link={requireLink()} />, fromName: "MPEM Assessment", replyTo: null };
    case "EMAIL_CHANGE":
      return { element: <EmailChangeMail fields={mail.fields} link={requireLink()} />, fromName: "MPEM Assessment", replyTo: null };
    case "EMAIL_CHANGED_NOTICE":
      return { element: <EmailChangedNoticeMail fields={mail.fields} />, fromName: "MPEM Assessment", replyTo: null };
    case "REASSESSMENT_DUE":
      return { element: <ReassessmentDueMail fields={mail.fields} />, fromName: `${mail.fields.workspaceName} via MPEM Assessment`, replyTo: null };
  }
}

/** The absolute link for a kind and token, from the app's public URL (never a request's Host header). */
export function mailLink(kind: MailKind, token: string | null, appUrl: string): string | null {
  const path = linkPaths[kind];
  return path && token ? new URL(path(token), appUrl).toString() : null;
}

export async function renderMail(mail: MailToRender, link: string | null): Promise<RenderedMail> {
  const { element, fromName, replyTo } = describe(mail, link);
  const html = await render(element);
  return { subject: mailSubject(mail), html, text: toPlainText(html), fromName: headerText(fromName, 100), replyTo };
}

export type { MailKind } from "./fields";
