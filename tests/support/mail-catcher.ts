// The end-to-end run's mail server: a real SMTP server (smtp-server + mailparser) that the app under
// test sends to (SMTP_URL), and a small HTTP reader for the tests: GET /messages?to=<address>
// returns what arrived for that address, oldest first. Started by Playwright (playwright.config.ts).
import { createServer } from "node:http";

import { startTestSmtpServer } from "./test-smtp-server";

const smtpPort = Number(process.env.MAIL_CATCHER_SMTP_PORT);
const httpPort = Number(process.env.MAIL_CATCHER_HTTP_PORT);

async function main() {
  const smtp = await startTestSmtpServer({ port: smtpPort });

  const http = createServer((request, response) => {
    const url = new URL(request.url ?? "/", `http://127.0.0.1:${httpPort}`);
    if (url.pathname === "/health") return void response.end("ok");
    if (url.pathname === "/messages") {
      const to = url.searchParams.get("to")?.toLowerCase();
      const messages = smtp.received
        .filter((mail) => !to || mail.to.toLowerCase() === to)
        .map(({ headers: _headers, ...mail }) => mail);
      response.setHeader("content-type", "application/json");
      return void response.end(JSON.stringify(messages));
    }
    response.statusCode = 404;
    response.end();
  });
  http.listen(httpPort, "127.0.0.1", () => console.log(`[mail-catcher] SMTP on ${smtp.port}, reader on ${httpPort}`));

  const stop = () => {
    http.close();
    void smtp.close().finally(() => process.exit(0));
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

void main();
