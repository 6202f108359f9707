import type { Instrumentation } from "next";

// Every request that fails on the server is logged as one JSON line with its route and digest,
// which is what the error page shows the user as a reference.
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { logger } = await import("@/server/logger");
  const digest = typeof error === "object" && error !== null && "digest" in error ? String(error.digest) : undefined;
  logger.error(
    {
      err: error,
      digest,
      request: { method: request.method, path: request.path },
      route: { path: context.routePath, type: context.routeType, kind: context.routerKind },
    },
    "request failed",
  );
};
