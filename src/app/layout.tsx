import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";

import { SiteHeader } from "@/components/site-header";
import { SignOutButton } from "@/features/auth/sign-out-button";
import { getActor } from "@/server/auth/session";

import "./globals.css";

export const metadata: Metadata = {
  title: { default: "MPEM Assessment", template: "%s · MPEM Assessment" },
  description:
    "Assess, target and track an organization's personalization effectiveness with the Mindtree Personalization Effectiveness Model.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const actor = await getActor();
  return (
    <html lang="en">
      <body className="min-h-screen font-sans antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded-md focus:bg-surface focus:px-4 focus:py-2 focus:shadow"
        >
          Skip to content
        </a>
        <SiteHeader user={actor} signOut={<SignOutButton />} />
        <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-8 focus:outline-none print:max-w-none print:p-0">
          {children}
        </main>
      </body>
    </html>
  );
}
