import type { Metadata } from "next";
import { redirect } from "next/navigation";

import { AuthCard } from "@/components/auth-card";
import { SignInForm } from "@/features/auth/sign-in-form";
import { safeReturnPath } from "@/lib/safe-return-path";
import { getActor } from "@/server/auth/session";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: PageProps<"/sign-in">) {
  const { next, signedOut, reset } = await searchParams;
  const returnTo = safeReturnPath(typeof next === "string" ? next : undefined);
  if (await getActor()) redirect(returnTo);
  return (
    <AuthCard title="Sign in">
      <SignInForm
        next={returnTo}
        notice={reset ? "Your new password is set, and you are signed out everywhere. Sign in with it." : signedOut ? "You are signed out." : undefined}
      />
    </AuthCard>
  );
}
