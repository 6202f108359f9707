// Prints the Chromium executable the tests use (empty for Playwright's own browser). Playwright reads
// its config synchronously while unpacking the npm-shipped browser is async, so the config asks this.
import { resolveChromiumPath } from "./lib/chromium.mjs";

process.stdout.write((await resolveChromiumPath()) ?? "");
