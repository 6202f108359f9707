import type { Framework } from "../framework/framework-schema";

/** Where the Seven Deadly Sins and the governance tiers come from; shaped like a framework's source so one notice shows both. */
export const boundariesSource: Framework["source"] = {
  title: "Personalization Boundaries: Tuning In to Customers Without Turning Them Off",
  author: "Tata Consultancy Services (Dave Anderson and Keith Wheeler)",
  notice:
    "The source comes with no licence to reuse its text. The names of the seven sins and of the four tiers are the source's; every description, question and checklist item here is our own wording of what it says.",
};
