export function QuestionnaireIntro({ participantName, roundName, organizationName }: { participantName: string; roundName: string; organizationName: string }) {
  return (
    <header className="space-y-3">
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">
        {organizationName} · {roundName}
      </p>
      <h1 className="text-2xl font-bold text-brand-900 sm:text-3xl">Hello {participantName}</h1>
      <div className="max-w-3xl space-y-2 text-ink-muted">
        <p>
          This questionnaire uses the Mindtree Personalization Effectiveness Model (MPEM) to measure how effective your organization is at
          personalization. It has 11 dimensions in three categories. Each has five levels, from Basic (1) to Leader (5), each described in a
          few sentences.
        </p>
        <p>
          For each dimension, choose the level that matches your organization <strong className="text-ink">today</strong>, and the level it{" "}
          <strong className="text-ink">needs</strong> to reach. Not every dimension needs Level 5. If you cannot judge, choose &quot;Don&apos;t
          know&quot;. Comments help the workshop: say what you have seen.
        </p>
        <p>
          Answers are saved automatically as you go, even if you lose the connection, and you can change them until the round closes. This link
          is personal: do not share it.
        </p>
      </div>
    </header>
  );
}
