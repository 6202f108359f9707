// The app server that `npm start` (and `npm run dev`, and the end-to-end tests) run: Next.js behind
// a plain node:http server, as Next's custom-server guide describes. It exists for one reason: the
// app cannot see the socket under `next start`, and `next start` passes on a client's own
// X-Forwarded-For, so limits and the audit log would believe whatever a client claims. Here every
// request gets the address of its connection (through TRUSTED_PROXIES only), in a header that
// replaces any copy the client sent, together with a per-process key the app checks.
import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage } from "node:http";
import path from "node:path";

import next from "next";

import { EnvError, getServerEnv } from "../src/env";
import { CLIENT_ADDRESS_HEADER, CLIENT_ADDRESS_KEY_HEADER, getClientIp, trustedProxyList } from "../src/lib/client-ip";
import { runShutdownHooks } from "../src/lib/shutdown-hooks";

const root = path.resolve(import.meta.dirname, "..");
const isDev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);

function readTrustedProxies() {
  try {
    return trustedProxyList(getServerEnv().TRUSTED_PROXIES);
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(`[mpem] Cannot start. ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
}

const trustedProxies = readTrustedProxies();
// Set before Next.js loads the app, which reads it through src/env.ts; never sent to a client.
const key = randomBytes(32).toString("base64url");
process.env.MPEM_CLIENT_ADDRESS_KEY = key;
// Tells src/instrumentation.ts that this is the app server, which runs the background work (the
// job queue's worker) in this process.
process.env.MPEM_APP_SERVER = "1";

function stampClientAddress(req: IncomingMessage) {
  req.headers[CLIENT_ADDRESS_HEADER] = getClientIp(req.socket.remoteAddress, req.headers["x-forwarded-for"], trustedProxies);
  req.headers[CLIENT_ADDRESS_KEY_HEADER] = key;
}

async function main() {
  const app = next({ dev: isDev, dir: root, port });
  const handle = app.getRequestHandler();
  await app.prepare();

  const server = createServer((req, res) => {
    stampClientAddress(req);
    handle(req, res).catch((error: unknown) => {
      console.error(`[mpem] Request failed before the app could answer:`, error);
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    });
  });
  // Development's hot-reload socket: Next.js attaches its own upgrade handler to this server on the
  // first request. Stamp upgrades too, so nothing downstream ever sees a client's own copy.
  server.prependListener("upgrade", (req: IncomingMessage) => stampClientAddress(req));

  let closing = false;
  const close = () => {
    if (closing) return;
    closing = true;
    // Stop accepting connections and let requests in flight finish; meanwhile the background work
    // finishes the jobs it holds (an e-mail being handed to the mail server) and stops taking new
    // ones. Then Next.js cleans up.
    const backgroundStopped = runShutdownHooks();
    server.close(() => {
      void backgroundStopped.then(() => app.close()).finally(() => process.exit(0));
    });
    server.closeIdleConnections();
    if (isDev) server.closeAllConnections();
  };
  process.on("SIGTERM", close);
  process.on("SIGINT", close);

  server.on("error", (error) => {
    console.error(`[mpem] The app server could not listen on port ${port}: ${error.message}`);
    process.exit(1);
  });
  server.listen(port, () => console.log(`[mpem] Ready on port ${port} (${isDev ? "development" : "production"}).`));
}

main().catch((error: unknown) => {
  console.error("[mpem] The app server failed to start:", error);
  process.exit(1);
});
