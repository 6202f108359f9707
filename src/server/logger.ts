import "server-only";

import pino from "pino";

import { getLogLevel } from "@/env";

// Structured JSON logs on stdout, one line per event, for whatever collects them. Request headers
// that carry credentials are redacted wherever they appear.
export const logger = pino({
  level: getLogLevel(),
  base: { service: "mpem-assessment" },
  redact: {
    paths: ["req.headers.cookie", "req.headers.authorization", "headers.cookie", "headers.authorization", "*.password", "*.token"],
    censor: "[redacted]",
  },
});
