import http from "node:http";

// Requests from another loopback address than the browser's (127.0.0.2, 127.0.0.3, …): the whole
// 127.0.0.0/8 block is this machine, so a test can play a second client with an address of its own,
// as the app server sees it on the socket, without any header to pretend.

export type Reply = { status: number; body: string; headers: http.IncomingHttpHeaders };

const port = Number(process.env.E2E_PORT ?? 3107);

export function requestFrom(
  localAddress: string,
  path: string,
  { method = "POST", json, headers = {} }: { method?: string; json?: unknown; headers?: Record<string, string> } = {},
): Promise<Reply> {
  const payload = json === undefined ? undefined : JSON.stringify(json);
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: "127.0.0.1",
        port,
        path,
        method,
        localAddress,
        // A fresh connection per request, so each is seen with its own socket.
        agent: false,
        headers: {
          origin: `http://localhost:${port}`,
          ...(payload === undefined ? {} : { "content-type": "application/json", "content-length": String(Buffer.byteLength(payload)) }),
          ...headers,
        },
      },
      (response) => {
        let body = "";
        response.setEncoding("utf8");
        response.on("data", (chunk) => (body += chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, body, headers: response.headers }));
      },
    );
    request.on("error", reject);
    request.end(payload);
  });
}

/** A sign-in over HTTP, as a script (or an attacker) would send it. */
export function signInFrom(localAddress: string, email: string, password: string, headers: Record<string, string> = {}): Promise<Reply> {
  return requestFrom(localAddress, "/api/auth/sign-in/email", { json: { email, password }, headers });
}
