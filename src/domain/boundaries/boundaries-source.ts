import type { Framework } from "../framework/framework-schema";

/** Where the Seven Deadly Sins and the governance tiers come from; shaped like a framework's source so one notice shows both. */
export const boundariesSource: Framework["source"] = {
  title: "Personalization Boundaries: Tuning In to Customers Without Turning Them Off",
  author: "Tata Consultancy Services (Dave Anderson and Keith Wheeler)",
  notice:
    "The source comes with no licence to reuse its text. The names of the seven sins and of the four tiers are the source's; every description, question and checklist item here is our own wording of what it says.",
};

/** What the boundaries page opens with (our words, checked against the source like the rest). */
export const boundariesIntro: readonly string[] = [
  "Customers welcome personalization that makes dealing with a company easier, and turn away from it when the company seems to know too much or will not leave them alone. Most marketers underestimate how often that happens.",
  "The source names seven common ways in which companies cross that line, and four tiers of governance that keep personalization on the right side of it.",
];

/** The source's point about maturity and boundaries, in our words. */
export const boundariesRule =
  "Companies at every stage have to weigh what personalization gains against what it risks, and the further their personalization has advanced, the more the boundaries matter.";
