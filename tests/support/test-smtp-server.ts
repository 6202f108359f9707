import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

// A real SMTP server for tests (smtp-server, with mailparser to read what arrived), on a loopback
// port. It can be stopped and started again on the same port to play a mail server that is down,
// and told to refuse certain recipients with a 550.

export type ReceivedMail = {
  messageId: string;
  to: string;
  from: string;
  fromName: string;
  replyTo: string | null;
  subject: string;
  text: string;
  html: string;
  headers: Map<string, unknown>;
};

export type TestSmtpServer = {
  port: number;
  url: string;
  received: ReceivedMail[];
  /** Stops listening and drops every connection, as a mail server that went down. */
  stop(): Promise<void>;
  /** Listens again on the same port. */
  start(): Promise<void>;
  /** Resolves once `count` messages have arrived (throws after `timeoutMs`). */
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedMail[]>;
  close(): Promise<void>;
};

function toReceived(parsed: ParsedMail, envelopeTo: string): ReceivedMail {
  const from = parsed.from?.value[0];
  const replyTo = parsed.replyTo?.value[0]?.address ?? null;
  return {
    messageId: parsed.messageId ?? "",
    to: envelopeTo,
    from: from?.address ?? "",
    fromName: from?.name ?? "",
    replyTo,
    subject: parsed.subject ?? "",
    text: parsed.text ?? "",
    html: typeof parsed.html === "string" ? parsed.html : "",
    headers: parsed.headers,
  };
}

type Options = {
  port?: number;
  /** Recipients to refuse with 550 (a mailbox that does not exist). */
  refuse?: (address: string) => boolean;
  /** How long the server takes to accept each message, as a slow real server might. */
  delayMs?: number;
};

export async function startTestSmtpServer({ port = 0, refuse = () => false, delayMs = 0 }: Options = {}): Promise<TestSmtpServer> {
  const received: ReceivedMail[] = [];
  const waiters = new Set<() => void>();
  let server: SMTPServer | null = null;
  let boundPort = port;

  function create() {
    return new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS", "AUTH"],
      logger: false,
      closeTimeout: 200,
      onRcptTo(address, _session, callback) {
        if (refuse(address.address)) return callback(Object.assign(new Error("5.1.1 Mailbox unavailable"), { responseCode: 550 }));
        callback();
      },
      onData(stream, session, callback) {
        const envelopeTo = session.envelope.rcptTo.map((rcpt) => rcpt.address).join(",");
        simpleParser(stream)
          .then(async (parsed) => {
            if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
            received.push(toReceived(parsed, envelopeTo));
            for (const wake of waiters) wake();
            callback();
          })
          .catch(callback);
      },
    });
  }

  async function start() {
    server = create();
    server.on("error", () => {});
    await new Promise<void>((resolve, reject) => {
      server!.server.once("error", reject);
      server!.listen(boundPort, "127.0.0.1", () => resolve());
    });
    const address = server.server.address();
    boundPort = typeof address === "object" && address ? address.port : boundPort;
  }

  async function stop() {
    const current = server;
    server = null;
    if (!current) return;
    await new Promise<void>((resolve) => current.close(() => resolve()));
  }

  await start();
  return {
    get port() {
      return boundPort;
    },
    get url() {
      return `smtp://127.0.0.1:${boundPort}`;
    },
    received,
    stop,
    start,
    waitFor(count, timeoutMs = 30_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (received.length >= count) {
            waiters.delete(check);
            clearTimeout(timer);
            resolve(received);
          }
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`Expected ${count} messages, ${received.length} arrived within ${timeoutMs} ms.`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    close: stop,
  };
}
