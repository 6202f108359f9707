import type { Framework } from "@/domain/framework/framework-schema";

function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/** "It has 11 dimensions in 3 categories. Each has 5 levels, from Basic (1) to Leader (5)": from the framework's data. */
export function describeQuestionnaire(framework: Pick<Framework, "name" | "shortName" | "purpose" | "levels" | "categories" | "dimensions">): string[] {
  const first = framework.levels[0]!;
  const last = framework.levels.at(-1)!;
  const categories = framework.categories.length > 1 ? ` in ${plural(framework.categories.length, "category", "categories")}` : "";
  return [
    `This questionnaire uses the ${framework.name} (${framework.shortName}) to measure ${framework.purpose}.`,
    `It has ${plural(framework.dimensions.length, "dimension")}${categories}. Each has ${plural(framework.levels.length, "level")}, from ${first.name} (${first.rank}) to ${last.name} (${last.rank}), each described in a few sentences.`,
  ];
}

type QuestionnaireIntroProps = { participantName: string; roundName: string; organizationName: string; framework: Framework };

export function QuestionnaireIntro({ participantName, roundName, organizationName, framework }: QuestionnaireIntroProps) {
  const topLevel = framework.levels.at(-1)!;
  return (
    <header className="space-y-3">
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">
        {organizationName} · {roundName}
      </p>
      <h1 className="text-2xl font-bold text-brand-900 sm:text-3xl">Hello {participantName}</h1>
      <div className="max-w-3xl space-y-2 text-ink-muted">
        <p>{describeQuestionnaire(framework).join(" ")}</p>
        <p>
          For each dimension, choose the level that matches your organization <strong className="text-ink">today</strong>, and the level it{" "}
          <strong className="text-ink">needs</strong> to reach. Not every dimension needs the top level, {topLevel.name}. If you cannot judge, choose
          &quot;Don&apos;t know&quot;. Comments help the workshop: say what you have seen.
        </p>
        <p>
          Answers are saved automatically as you go, even if you lose the connection, and you can change them until the round closes. This link
          is personal: do not share it.
        </p>
      </div>
    </header>
  );
}
