// Prints N free loopback ports, comma-separated (node tests/support/free-ports.mjs 2). Playwright's
// config is read synchronously, so it asks this child process, as it does for the browser's path.
import { createServer } from "node:net";

const count = Number(process.argv[2] ?? 1);
const listen = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => resolve(server));
  });
const servers = await Promise.all(Array.from({ length: count }, listen));
process.stdout.write(servers.map((server) => server.address().port).join(","));
await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
