// Work the app server must finish before the process exits (the job queue's worker). The custom
// server (scripts/server.ts, loaded by tsx) and the app (bundled by Next.js, where the worker is
// started from instrumentation.ts) hold separate copies of this module, so the list lives on
// globalThis under a registered symbol that both copies find.

type Hook = () => Promise<void>;

const key = Symbol.for("mpem.shutdown-hooks");
const store = globalThis as unknown as Record<symbol, Hook[] | undefined>;

function hooks(): Hook[] {
  store[key] ??= [];
  return store[key];
}

export function onShutdown(hook: Hook): void {
  hooks().push(hook);
}

/** Runs every hook once, in parallel, waiting at most `timeoutMs`; a failing hook does not stop the others. */
export async function runShutdownHooks(timeoutMs = 8_000): Promise<void> {
  const pending = hooks().splice(0);
  if (pending.length === 0) return;
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, timeoutMs);
  });
  await Promise.race([Promise.allSettled(pending.map((hook) => hook())), deadline]);
  clearTimeout(timer);
}
