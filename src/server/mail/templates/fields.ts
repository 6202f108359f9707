// What each kind of message needs, fixed when it is queued (MailMessage.fields). Never a secret:
// the link's token is sealed separately and put into the link at delivery time.

export type ParticipantMailFields = {
  recipientName: string;
  consultancyName: string;
  organizationName: string;
  roundName: string;
  /** ISO date (the round's closing date), or null. */
  closesOn: string | null;
  minutes: number;
  senderName: string;
  senderEmail: string | null;
  /** The consultant's message (plain text; paragraphs separated by blank lines). */
  note: string;
  /** Automatic reminders say so; the sender is then the consultancy, not a person. */
  automatic?: boolean;
};

export type WorkspaceInvitationFields = {
  workspaceName: string;
  inviterName: string;
  inviterEmail: string;
  roleLabel: string;
  /** ISO timestamp. */
  expiresAt: string;
};

export type PasswordResetFields = { recipientName: string; validMinutes: number };
export type EmailChangeFields = { recipientName: string; newEmail: string; validHours: number };
export type EmailChangedNoticeFields = { recipientName: string; oldEmail: string; newEmail: string };

/** To a workspace's owner or consultant: an organization's next re-assessment is due. */
export type ReassessmentDueFields = {
  recipientName: string;
  workspaceName: string;
  roleLabel: string;
  organizationId: string;
  organizationName: string;
  /** The latest closed round, which the due date is counted from. */
  roundName: string;
  /** ISO timestamp. */
  closedAt: string;
  /** ISO date. */
  dueOn: string;
  /** The organization's page (from APP_URL, fixed when queued); not a secret, so kept here. */
  organizationUrl: string;
};

export type MailFieldsByKind = {
  PARTICIPANT_LINK: ParticipantMailFields;
  PARTICIPANT_REMINDER: ParticipantMailFields;
  WORKSPACE_INVITATION: WorkspaceInvitationFields;
  PASSWORD_RESET: PasswordResetFields;
  EMAIL_CHANGE: EmailChangeFields;
  EMAIL_CHANGED_NOTICE: EmailChangedNoticeFields;
  REASSESSMENT_DUE: ReassessmentDueFields;
};

export type MailKind = keyof MailFieldsByKind;

/** Where each kind's link leads; the token is the last path segment (and redacted from logs). */
export const linkPaths: Record<MailKind, ((token: string) => string) | null> = {
  PARTICIPANT_LINK: (token) => `/r/${token}`,
  PARTICIPANT_REMINDER: (token) => `/r/${token}`,
  WORKSPACE_INVITATION: (token) => `/invite/${token}`,
  PASSWORD_RESET: (token) => `/reset-password/${token}`,
  EMAIL_CHANGE: (token) => `/confirm-email/${token}`,
  EMAIL_CHANGED_NOTICE: null,
  // Its link is the organization's page, in its fields: nothing secret to seal.
  REASSESSMENT_DUE: null,
};
