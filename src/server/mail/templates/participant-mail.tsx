import { formatMailDate } from "@/domain/mail/default-notes";

import type { ParticipantMailFields } from "./fields";
import { LinkButton, MailLayout, Paragraph, PersonalNote } from "./layout";

function why(fields: ParticipantMailFields) {
  const sender = fields.senderEmail ? `${fields.senderName} (${fields.senderEmail})` : fields.senderName;
  return (
    <>
      You receive this because {sender} of {fields.consultancyName} added you as a participant in the assessment &ldquo;{fields.roundName}&rdquo; of{" "}
      {fields.organizationName}.{fields.senderEmail ? ` To ask a question, reply to this message: it goes to ${fields.senderName}.` : ""} Sent through MPEM
      Assessment. No tracking: the link goes straight to the questionnaire.
    </>
  );
}

export function participantSubject(fields: ParticipantMailFields, reminder: boolean): string {
  if (reminder) return `Reminder: ${fields.organizationName}, ${fields.roundName}${fields.closesOn ? ` closes ${formatMailDate(fields.closesOn)}` : ""}`;
  return `${fields.consultancyName} asks for your view: ${fields.organizationName}, ${fields.roundName}`;
}

export function ParticipantMail({ fields, link, reminder }: { fields: ParticipantMailFields; link: string; reminder: boolean }) {
  const until = fields.closesOn ? ` until ${formatMailDate(fields.closesOn)}` : " while the round is open";
  return (
    <MailLayout
      preview={reminder ? `Your questionnaire for ${fields.organizationName} is not finished yet.` : `Your personal questionnaire for ${fields.organizationName}.`}
      from={`${fields.consultancyName} · ${fields.organizationName}`}
      heading={reminder ? `Reminder: ${fields.roundName} for ${fields.organizationName}` : `Your view on ${fields.organizationName}'s personalization`}
      why={why(fields)}
    >
      <Paragraph>Hello {fields.recipientName},</Paragraph>
      <PersonalNote text={fields.note} />
      <LinkButton href={link} label={reminder ? "Continue your questionnaire" : "Open your questionnaire"} />
      <Paragraph>
        This link is yours alone: it opens your own answers, so please do not forward it. Answering takes about {fields.minutes} minutes; your answers are saved
        as you go, and the same link brings you back to them{until}.
      </Paragraph>
      <Paragraph>
        {fields.automatic ? `${fields.consultancyName}` : `${fields.senderName}, ${fields.consultancyName}`}
      </Paragraph>
    </MailLayout>
  );
}
