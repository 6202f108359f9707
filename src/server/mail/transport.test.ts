import { describe, expect, it } from "vitest";

import { classifySendError } from "./transport";

describe("classifySendError", () => {
  it("treats a refused recipient as final, naming the server's answer", () => {
    expect(classifySendError({ code: "EENVELOPE", responseCode: 550, command: "RCPT TO", response: "550 5.1.1 <x@y.z>: mailbox unavailable" })).toEqual({
      permanent: true,
      reason: "The mail server refused the address: 550 5.1.1 <x@y.z>: mailbox unavailable",
    });
  });

  it("retries temporary refusals and unreachable servers", () => {
    expect(classifySendError({ responseCode: 451, response: "451 try again" })).toMatchObject({ permanent: false });
    expect(classifySendError({ code: "ESOCKET" })).toEqual({ permanent: false, reason: "Could not reach the mail server (ESOCKET)." });
    expect(classifySendError({ code: "EAUTH", responseCode: 535 })).toMatchObject({ permanent: false, reason: expect.stringContaining("SMTP_URL") });
  });
});
