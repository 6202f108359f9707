import "server-only";

import pino, { type DestinationStream } from "pino";

import { getLogLevel } from "@/env";
import { redactSecrets } from "@/lib/redact-secrets";

// Structured JSON logs on stdout, one line per event, for whatever collects them. Request headers
// that carry credentials are redacted wherever they appear, and every finished line has its link
// tokens (/r/<token>, /invite/<token>, ?invite=…) replaced, whatever field or error message holds them.
export function createLogger(destination?: DestinationStream) {
  return pino(
    {
      level: getLogLevel(),
      base: { service: "mpem-assessment" },
      redact: {
        paths: ["req.headers.cookie", "req.headers.authorization", "headers.cookie", "headers.authorization", "*.password", "*.token"],
        censor: "[redacted]",
      },
      hooks: { streamWrite: redactSecrets },
    },
    destination,
  );
}

export const logger = createLogger();
