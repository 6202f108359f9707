import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** Fails on any serious or critical axe violation, listing each with the elements involved. */
export async function expectNoSeriousA11yViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  const blocking = results.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
  const summary = blocking.map((violation) => `${violation.impact}: ${violation.id} (${violation.help}) on ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
  expect(summary, "serious or critical accessibility violations").toEqual([]);
}
