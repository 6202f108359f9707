import "server-only";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";

import { getDb } from "@/server/db";

import { getAuth } from "./auth";
import { isPastAbsoluteTimeout } from "./session-policy";

/** The signed-in user as the data layer sees them. Every data function takes one (or null). */
export type Actor = { userId: string; email: string; name: string };

/** The current request's actor, or null. Cached per request. */
export const getActor = cache(async (): Promise<Actor | null> => {
  // Reading the request first marks the page as dynamic before anything needs the runtime env.
  // Cookies come from cookies(), not the raw header: after a server action that signed in or
  // rotated the session, the page re-renders in the same request and must see the new cookie.
  const requestHeaders = new Headers(await headers());
  requestHeaders.set("cookie", (await cookies()).toString());
  const session = await getAuth().api.getSession({ headers: requestHeaders });
  if (!session) return null;
  if (isPastAbsoluteTimeout(new Date(session.session.createdAt))) {
    await getDb().session.deleteMany({ where: { id: session.session.id } });
    return null;
  }
  return { userId: session.user.id, email: session.user.email, name: session.user.name };
});

/** For pages behind sign-in: the actor, or a redirect to the sign-in page that comes back here. */
export async function requireActor(returnTo: string): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect(`/sign-in?next=${encodeURIComponent(returnTo)}`);
  return actor;
}
