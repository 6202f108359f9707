import type { Instrumentation } from "next";

// Every request that fails on the server is logged as one JSON line with its route and digest,
// which is what the error page shows the user as a reference.
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const [{ logger }, { redactSecrets }] = await Promise.all([import("@/server/logger"), import("@/lib/redact-secrets")]);
  const digest = typeof error === "object" && error !== null && "digest" in error ? String(error.digest) : undefined;
  logger.error(
    {
      err: error,
      digest,
      // Participant and invite links carry their secret in the path (the logger redacts again).
      request: { method: request.method, path: redactSecrets(request.path) },
      route: { path: context.routePath, type: context.routeType, kind: context.routerKind },
    },
    "request failed",
  );
};

// The background work (e-mail delivery, forgot-password requests, automatic reminders) runs inside
// the app server process, so `npm start` stays the only command. Only in the real app server
// (scripts/server.ts sets MPEM_APP_SERVER), never in `next build`'s workers; scripts/server.ts
// stops it on SIGTERM through the shutdown hooks.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.MPEM_APP_SERVER !== "1") return;
  const [{ startBackgroundWork }, { onShutdown }] = await Promise.all([import("@/server/jobs/background"), import("@/lib/shutdown-hooks")]);
  const work = await startBackgroundWork();
  onShutdown(() => work.stop());
}
