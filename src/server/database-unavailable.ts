// Tells "the database cannot be reached right now" apart from every other failure, so endpoints
// can answer 503 with Retry-After (clients and load balancers retry) instead of a 500 (a bug).
// Errors arrive in three shapes: Prisma's, carrying the driver adapter's classification; pg's own
// (server shutting down, too many connections); and Node's socket errors.

/** The driver adapter's names for a connection that failed or was lost (@prisma/adapter-pg). */
const UNREACHABLE_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);

/** Prisma's codes for "can't reach", "timed out", "server closed the connection", "pool timeout". */
const UNREACHABLE_PRISMA_CODES = new Set(["P1001", "P1002", "P1017", "P2024"]);

/**
 * PostgreSQL states: connection exceptions (08…), too many connections, and the server shutting
 * down or starting up (57P01 admin shutdown, 57P02 crash shutdown, 57P03 cannot connect now).
 */
function isUnavailableSqlState(code: string): boolean {
  return code.startsWith("08") || code === "53300" || code === "57P01" || code === "57P02" || code === "57P03";
}

const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "ENOTFOUND", "EAI_AGAIN", "EPIPE", "EHOSTUNREACH"]);

type ErrorLike = { code?: unknown; message?: unknown; cause?: unknown; meta?: { driverAdapterError?: { cause?: { kind?: unknown; code?: unknown } } } };

function isUnavailableOne(error: ErrorLike): boolean {
  const adapterCause = error.meta?.driverAdapterError?.cause;
  if (typeof adapterCause?.kind === "string" && UNREACHABLE_KINDS.has(adapterCause.kind)) return true;
  if (adapterCause?.kind === "postgres" && typeof adapterCause.code === "string" && isUnavailableSqlState(adapterCause.code)) return true;
  if (typeof error.code === "string" && (UNREACHABLE_PRISMA_CODES.has(error.code) || SOCKET_CODES.has(error.code) || isUnavailableSqlState(error.code))) return true;
  // pg's message when the server goes away mid-connection; it carries no code.
  return typeof error.message === "string" && /^Connection terminated( unexpectedly| due to connection timeout)?$/.test(error.message);
}

export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current && typeof current === "object" && depth < 5; current = (current as ErrorLike).cause, depth += 1) {
    if (isUnavailableOne(current as ErrorLike)) return true;
  }
  return false;
}
