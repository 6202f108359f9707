import type { Metadata } from "next";
import { cookies, headers } from "next/headers";

import { JoinCodeForm, JoinDetailsForm } from "@/features/workshop/join-forms";
import { joinAction } from "@/features/workshop/workshop-actions";
import { findJoinedParticipant, findWorkshopByCode, joinCookieName, JoinRefused } from "@/server/workshop/join";
import { joinClientAddress } from "@/server/workshop/join-limit";

export const metadata: Metadata = { title: "Join a workshop", referrer: "no-referrer", robots: { index: false } };

// The short address on the projector: type the code (or scan the QR code, which fills it in), then
// your name and group.
export default async function JoinPage({ searchParams }: PageProps<"/join">) {
  const { code, fresh } = await searchParams;
  const typed = typeof code === "string" ? code : "";
  if (!typed) return <JoinCodeForm />;
  let workshop;
  try {
    workshop = await findWorkshopByCode(typed, joinClientAddress(await headers()));
  } catch (error) {
    if (error instanceof JoinRefused) return <JoinCodeForm code={typed} error={error.message} />;
    throw error;
  }
  const deviceToken = (await cookies()).get(joinCookieName(workshop.roundId))?.value;
  const joined = fresh ? null : await findJoinedParticipant(workshop.roundId, deviceToken);
  return (
    <JoinDetailsForm
      workshop={{ code: workshop.code, displayCode: workshop.displayCode, roundName: workshop.roundName, organizationName: workshop.organizationName, groups: workshop.groups }}
      joinedAs={joined && deviceToken ? { displayName: joined.displayName, href: `/r/${deviceToken}` } : null}
      fresh={Boolean(fresh)}
      action={joinAction.bind(null, workshop.code, workshop.roundId)}
    />
  );
}
