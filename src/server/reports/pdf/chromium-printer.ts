import "server-only";

import { getServerEnv } from "@/env";
import { logger } from "@/server/logger";

import type { Browser } from "playwright-core";

// Prints HTML to PDF in headless Chromium, outside the Node process: the app's event loop only waits
// on a socket while a report renders, so answer saves stay quick (bench/report.bench.ts measures it).
// One browser is shared by every render and closed after a minute without work, so an idle server
// holds no Chromium; at most two pages print at once, the rest wait their turn, which bounds memory
// and leaves CPU for the app on a small machine. The pages load nothing from the network and run no
// script: the HTML is complete, and participants' comments in it are escaped text.

const MAX_CONCURRENT = 2;
const IDLE_CLOSE_MS = 60_000;
const RENDER_TIMEOUT_MS = 60_000;

/** Flags for every launch; the background-networking ones keep Chromium off a closed network. */
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
  "--disable-dev-shm-usage",
];

type State = { browser: Promise<Browser> | null; active: number; waiting: (() => void)[]; idleTimer: NodeJS.Timeout | null };
const globalState = globalThis as unknown as { mpemPdfPrinter?: State };
const state: State = (globalState.mpemPdfPrinter ??= { browser: null, active: 0, waiting: [], idleTimer: null });

async function executablePath(): Promise<string | undefined> {
  const configured = getServerEnv().PLAYWRIGHT_CHROMIUM_PATH;
  if (configured === "bundled") return undefined;
  if (configured) return configured;
  // Unpacks the browser shipped inside the npm package into the temp folder on first use (~2 s).
  const { default: chromium } = await import("@sparticuz/chromium");
  return chromium.executablePath();
}

function browser(): Promise<Browser> {
  state.browser ??= (async () => {
    const { chromium } = await import("playwright-core");
    const launched = await chromium.launch({ executablePath: await executablePath(), args: CHROMIUM_ARGS });
    launched.on("disconnected", () => {
      state.browser = null;
    });
    return launched;
  })().catch((error: unknown) => {
    state.browser = null;
    throw error;
  });
  return state.browser;
}

async function acquire(): Promise<void> {
  if (state.idleTimer) clearTimeout(state.idleTimer);
  state.idleTimer = null;
  if (state.active < MAX_CONCURRENT) {
    state.active += 1;
    return;
  }
  await new Promise<void>((resolve) => state.waiting.push(resolve));
}

function release(): void {
  const next = state.waiting.shift();
  if (next) return next(); // the slot passes straight to the next render
  state.active -= 1;
  if (state.active === 0) {
    state.idleTimer = setTimeout(() => void closePrinter(), IDLE_CLOSE_MS);
    state.idleTimer.unref();
  }
}

export async function closePrinter(): Promise<void> {
  const current = state.browser;
  state.browser = null;
  if (current) await (await current).close().catch((error: unknown) => logger.warn({ err: error }, "closing the PDF browser failed"));
}

export type PrintOptions = { headerTemplate?: string; footerTemplate?: string };

/** A4 PDF of a complete HTML document. */
export async function printPdf(html: string, options: PrintOptions = {}): Promise<Buffer> {
  await acquire();
  try {
    const context = await (await browser()).newContext({ javaScriptEnabled: false, offline: true });
    try {
      const page = await context.newPage();
      page.setDefaultTimeout(RENDER_TIMEOUT_MS);
      // Nothing is fetched: the document is self-contained.
      await page.route("**/*", (route) => (route.request().url().startsWith("data:") ? route.continue() : route.abort()));
      await page.setContent(html, { waitUntil: "load" });
      return await page.pdf({
        format: "A4",
        printBackground: true,
        preferCSSPageSize: true,
        displayHeaderFooter: Boolean(options.headerTemplate || options.footerTemplate),
        headerTemplate: options.headerTemplate ?? "<span></span>",
        footerTemplate: options.footerTemplate ?? "<span></span>",
      });
    } finally {
      await context.close();
    }
  } finally {
    release();
  }
}
