// Which Chromium the end-to-end tests (and anything else run from scripts/) drive.
// Default: the browser shipped inside the npm package @sparticuz/chromium, so a machine with only
// Node and npm can run every test; one pinned version everywhere. PLAYWRIGHT_CHROMIUM_PATH
// overrides it with any Chromium or Chrome executable, or "bundled" for Playwright's own download.

/** Flags for every launch. The background-networking ones keep Chromium from flooding a closed network. */
export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

/** @returns {Promise<string | undefined>} the executable, or undefined for Playwright's own browser. */
export async function resolveChromiumPath() {
  const configured = process.env.PLAYWRIGHT_CHROMIUM_PATH;
  if (configured === "bundled") return undefined;
  if (configured) return configured;
  // Unpacks the browser into the temp folder on first use (~2 s), then answers at once.
  const { default: chromium } = await import("@sparticuz/chromium");
  return chromium.executablePath();
}
