import type { Metadata } from "next";

import type { ServerAnswers } from "@/features/questionnaire/answer-draft";
import { Questionnaire } from "@/features/questionnaire/questionnaire";
import { QuestionnaireIntro } from "@/features/questionnaire/questionnaire-intro";
import { AttendeeWorkshop } from "@/features/workshop/attendee-workshop";
import { ModeWatcher } from "@/features/workshop/mode-watcher";
import { toWorkshopFramework } from "@/features/workshop/workshop-framework";
import { getPreviousFindings } from "@/server/previous-answers";
import { openQuestionnaire, QuestionnaireUnavailable } from "@/server/questionnaire";
import { openAttendeeWorkshop } from "@/server/workshop/attendee";

export const metadata: Metadata = { title: "Questionnaire", referrer: "no-referrer", robots: { index: false } };

export default async function QuestionnairePage({ params }: PageProps<"/r/[token]">) {
  const { token } = await params;
  let questionnaire;
  try {
    questionnaire = await openQuestionnaire(token);
  } catch (error) {
    if (!(error instanceof QuestionnaireUnavailable)) throw error;
    return (
      <section className="mx-auto max-w-xl py-12 text-center">
        <h1 className="text-2xl font-bold text-brand-900">This questionnaire cannot be opened</h1>
        <p className="mt-4 text-ink-muted">{error.message}</p>
      </section>
    );
  }
  const { framework } = questionnaire;
  // While the facilitator runs the round live, the link opens the workshop screen instead.
  const workshop = questionnaire.round.status === "OPEN" ? await openAttendeeWorkshop(token) : null;
  if (workshop) {
    const title = { organization: questionnaire.round.organizationName, round: questionnaire.round.name };
    return <AttendeeWorkshop token={token} initial={workshop} framework={toWorkshopFramework(framework)} title={title} />;
  }
  const previous = await getPreviousFindings(token);
  const initialAnswers: ServerAnswers = Object.fromEntries(
    questionnaire.answers.map(({ dimensionId, comment, evidenceUrl, ...answer }) => [dimensionId, { ...answer, comment: comment ?? "", evidenceUrl: evidenceUrl ?? "" }]),
  );
  return (
    <div className="space-y-6">
      {questionnaire.round.status === "OPEN" ? <ModeWatcher token={token} /> : null}
      <QuestionnaireIntro
        participantName={questionnaire.participant.displayName}
        roundName={questionnaire.round.name}
        organizationName={questionnaire.round.organizationName}
        framework={framework}
      />
      <Questionnaire
        token={token}
        framework={framework}
        roundStatus={questionnaire.round.status}
        initialAnswers={initialAnswers}
        initiallySubmitted={questionnaire.participant.submittedAt !== null}
        previous={previous}
      />
    </div>
  );
}
