import "server-only";

import { readdirSync, readFileSync, realpathSync } from "node:fs";
import { setPriority } from "node:os";

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

type State = { browser: Promise<Browser> | null; executable?: string; active: number; waiting: (() => void)[]; idleTimer: NodeJS.Timeout | null };
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

/** Niceness of Chromium's processes: printing yields the CPU to the app and the database. */
const PRINT_NICENESS = 10;

/** Linux: every process below `root` (Chromium's zygote, renderers, utility processes). */
function descendantsOf(root: number): number[] {
  const parentOf = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // "pid (comm) state ppid …": comm may hold spaces, so read after its closing parenthesis.
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      parentOf.set(Number(entry), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
    } catch {
      // the process ended meanwhile
    }
  }
  const found: number[] = [];
  const visit = (pid: number) => {
    for (const [child, parent] of parentOf) {
      if (parent !== pid) continue;
      found.push(child);
      visit(child);
    }
  };
  visit(root);
  return found;
}

/**
 * Lowers Chromium's CPU priority: it runs beside the app and the database on the same cores, and a
 * save must not wait behind a print. Chromium's processes are this Node process's descendants that
 * run the browser's executable; the tree is walked at launch and again once each print's page
 * exists (its renderer is new). Best effort: outside Linux (no /proc), or with Playwright's own
 * browser (no path known here), printing runs at normal priority.
 */
function yieldCpu(executable: string | undefined): void {
  if (process.platform !== "linux" || !executable) return;
  // Chromium rewrites its children's command lines (and, run as root, raises the browser process's
  // priority itself), so processes are recognised by the file they run.
  const binary = realpathSync(executable);
  for (const pid of descendantsOf(process.pid)) {
    try {
      if (realpathSync(`/proc/${pid}/exe`) === binary) setPriority(pid, PRINT_NICENESS);
    } catch {
      // gone meanwhile, or not ours to change
    }
  }
}

function browser(): Promise<Browser> {
  state.browser ??= (async () => {
    const { chromium } = await import("playwright-core");
    const executable = await executablePath();
    state.executable = executable;
    const launched = await chromium.launch({ executablePath: executable, args: CHROMIUM_ARGS });
    launched.on("disconnected", () => {
      state.browser = null;
    });
    yieldCpu(executable);
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
    const shared = await browser();
    const context = await shared.newContext({ javaScriptEnabled: false, offline: true });
    try {
      const page = await context.newPage();
      yieldCpu(state.executable);
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
