import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";

import type { Framework } from "@/domain/framework/framework-schema";
import { mpem } from "@/domain/frameworks/mpem";
import { tcsDataMaturity } from "@/domain/frameworks/tcs-data-maturity";
import { scoreRound, type Answer } from "@/domain/scoring/round-scoring";

import { RoundResults } from "./round-results";

// Results are drawn from the round's framework alone: its levels name the scale, its dimensions are
// the rows and axes, its own words (or none) explain an imbalance.

/** Three participants answering every dimension: today `today(i)` and needed the top level. */
function answersFor(framework: Framework, today: (index: number) => number): Answer[] {
  const top = framework.levels.length;
  return ["a", "b", "c"].flatMap((participantId) =>
    framework.dimensions.map((dimension, index) => ({ participantId, group: null, dimensionId: dimension.id, currentLevel: today(index), targetLevel: top })),
  );
}

function render(framework: Framework, today: (index: number) => number): string {
  const scores = scoreRound(framework, answersFor(framework, today));
  return renderToStaticMarkup(<RoundResults framework={framework} scores={scores} round={{ status: "OPEN", participantTotal: 3, roundPath: "/w/x/rounds/y" }} />);
}

const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/&#x27;/g, "'").replace(/&quot;/g, '"').replace(/\s+/g, " ");
const tableRows = (html: string) => (html.match(/<table[^>]*>[\s\S]*?<\/table>/)?.[0].match(/<th scope="row"/g) ?? []).length;

describe("results for any framework", () => {
  it("renders a TCS round on its 3-level scale, one row per aspect, without MPEM's words", () => {
    // Aspects at 1, 1, 1 and 3 today: the last one is an imbalance on a three-level scale.
    const html = render(tcsDataMaturity, (index) => (index === 3 ? 3 : 1));
    expect(text(html)).toContain("on the TCS data maturity scale: 1 = Emerging, 2 = Practicing, 3 = Leading.");
    expect(tableRows(html)).toBe(4);
    expect(text(html)).toContain("Next level, 2 · Practicing:");
    expect(text(html)).toContain("Offer messaging is at 3, ahead of the rest.");
    expect(text(html)).toContain("A dimension far ahead of or behind the others is worth a closer look");
    expect(text(html)).toContain("1 or more levels away from the overall level");
    expect(html).not.toMatch(/Level 5|MPEM|Mindtree|Leader\b|Basic/);
  });

  it("renders an MPEM round on its 5-level scale with MPEM's own imbalance example", () => {
    const html = render(mpem, (index) => (index === 5 ? 5 : 1));
    expect(text(html)).toContain("on the MPEM scale: 1 = Basic, 2 = Foundational, 3 = Intermediate, 4 = Mature, 5 = Leader.");
    expect(tableRows(html)).toBe(11);
    expect(text(html)).toContain("Technology is at 5, ahead of the rest.");
    expect(text(html)).toContain("The model's own example: “Even though the organization is at Level 5 in terms of technology");
    expect(text(html)).toContain("1.5 or more levels away from the overall level");
    expect(html).not.toMatch(/Emerging|Leading|TCS/);
  });
});
