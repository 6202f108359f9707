import { expect, test } from "@playwright/test";

import { withE2eDb } from "./support/e2e-database";
import { createAccount, PASSWORD, uniqueEmail } from "./support/accounts";

// better-auth's HTTP endpoints, called directly as a script would: only sign-in, sign-out and the
// session check are open, and the 24-hour absolute session timeout holds there too.

const origin = { origin: `http://localhost:${process.env.E2E_PORT ?? 3107}` };

test("endpoints the app does not use answer 404 and change nothing, even with a valid session", async ({ request }) => {
  const email = uniqueEmail("endpoints");
  const userId = await createAccount(request, email, "Eve Endpoint");
  const signedIn = await request.post("/api/auth/sign-in/email", { data: { email, password: PASSWORD }, headers: origin });
  expect(signedIn.status()).toBe(200);

  const updated = await request.post("/api/auth/update-user", { data: { name: "x".repeat(5000) }, headers: origin });
  expect(updated.status()).toBe(404);
  const name = await withE2eDb(async (db) => (await db.query<{ name: string }>(`SELECT name FROM "User" WHERE id = $1`, [userId])).rows[0]?.name);
  expect(name).toBe("Eve Endpoint");

  for (const [method, path] of [
    ["POST", "/api/auth/sign-up/email"],
    ["POST", "/api/auth/change-email"],
    ["POST", "/api/auth/delete-user"],
    ["GET", "/api/auth/list-sessions"],
    ["POST", "/api/auth/revoke-other-sessions"],
    ["GET", "/api/auth/ok"],
  ] as const) {
    const response = await request.fetch(path, { method, data: method === "POST" ? { email: uniqueEmail("x"), password: PASSWORD, name: "X" } : undefined, headers: origin });
    expect(response.status(), `${method} ${path}`).toBe(404);
  }
  // Still signed in, still one account with that name.
  expect((await (await request.get("/api/auth/get-session")).json())?.user?.email).toBe(email);
});

test("a session past the 24-hour absolute timeout ends on the auth endpoints too", async ({ request }) => {
  const email = uniqueEmail("old-session");
  const userId = await createAccount(request, email);
  expect((await request.post("/api/auth/sign-in/email", { data: { email, password: PASSWORD }, headers: origin })).status()).toBe(200);
  expect((await (await request.get("/api/auth/get-session")).json())?.user?.email).toBe(email);

  // Signed in 25 hours ago and active ever since: the idle expiry alone would keep it alive.
  await withE2eDb((db) => db.query(`UPDATE "Session" SET "createdAt" = now() - interval '25 hours' WHERE "userId" = $1`, [userId]));
  expect(await (await request.get("/api/auth/get-session")).json()).toBeNull();
  const left = await withE2eDb(async (db) => (await db.query(`SELECT 1 FROM "Session" WHERE "userId" = $1`, [userId])).rowCount);
  expect(left).toBe(0);
});
