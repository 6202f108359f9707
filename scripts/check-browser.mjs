// First step of `npm test`: make sure the end-to-end browser starts, so a missing or broken browser
// is reported in one sentence at once, not after the type check, lint, unit, integration tests and build.
import { chromium } from "@playwright/test";

import { chromiumArgs, resolveChromiumPath } from "./lib/chromium.mjs";

let executablePath;
try {
  executablePath = await resolveChromiumPath();
  const browser = await chromium.launch({ executablePath, args: chromiumArgs, timeout: 30_000 });
  const page = await browser.newPage();
  await page.setContent("<p>ok</p>");
  await browser.close();
  console.log(`Browser for the end-to-end tests: ${executablePath ?? "Playwright's own Chromium"}`);
} catch (error) {
  const reason = String(error?.message ?? error).split("\n")[0];
  const where = executablePath ? ` at ${executablePath}` : "";
  console.error(
    `The end-to-end tests cannot start Chromium${where} (${reason}): run \`npm install\` again to restore ` +
      "the browser that ships with @sparticuz/chromium, or set PLAYWRIGHT_CHROMIUM_PATH to a working Chromium or Chrome executable.",
  );
  process.exit(1);
}
