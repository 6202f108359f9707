import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";

import type { Framework } from "@/domain/framework/framework-schema";
import { mpem } from "@/domain/frameworks/mpem";
import { tcsDataMaturity } from "@/domain/frameworks/tcs-data-maturity";

import { Questionnaire } from "./questionnaire";
import { QuestionnaireIntro } from "./questionnaire-intro";

// The questionnaire is built from the round's framework alone: a 3-level, 4-dimension model shows
// three levels and four questions, MPEM five and eleven, and neither page says anything of the other.

function render(framework: Framework): string {
  return renderToStaticMarkup(
    <>
      <QuestionnaireIntro participantName="Ana" roundName="H1 2027" organizationName="Globex" framework={framework} />
      <Questionnaire token="t" framework={framework} roundStatus="OPEN" initialAnswers={{}} initiallySubmitted={false} />
    </>,
  );
}

const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/&#x27;/g, "'").replace(/\s+/g, " ");
const count = (html: string, pattern: RegExp) => html.match(pattern)?.length ?? 0;

describe("the questionnaire for any framework", () => {
  it("renders the TCS model: its name, purpose, 4 aspects and 3 levels", () => {
    const html = render(tcsDataMaturity);
    expect(text(html)).toContain(
      "This questionnaire uses the TCS Personalized Data Maturity Model (TCS data maturity) to measure how maturely your organization uses customer data to personalize its sales and service contacts with customers. It has 4 dimensions. Each has 3 levels, from Emerging (1) to Leading (3)",
    );
    expect(text(html)).toContain("Not every dimension needs the top level, Leading.");
    expect(text(html)).toContain("0 / 4 answered");
    expect(count(html, /<h3 /g)).toBe(4);
    for (const name of ["Level 1 · Emerging", "Level 2 · Practicing", "Level 3 · Leading"]) expect(count(html, new RegExp(`aria-label="Today: ${name}"`, "g"))).toBe(4);
    expect(html).not.toMatch(/Level 4|Level 5|MPEM|Mindtree|Basic|Leader\b|11 dimensions/);
  });

  it("renders MPEM: 11 dimensions in 3 categories, 5 levels from Basic to Leader", () => {
    const html = render(mpem);
    expect(text(html)).toContain("It has 11 dimensions in 3 categories. Each has 5 levels, from Basic (1) to Leader (5)");
    expect(text(html)).toContain("0 / 11 answered");
    expect(count(html, /<h3 /g)).toBe(11);
    expect(count(html, /aria-label="Needed: Level 5 · Leader"/g)).toBe(11);
    expect(html).not.toMatch(/Emerging|TCS/);
  });
});
