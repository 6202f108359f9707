import Link from "next/link";

import { Button } from "@/components/ui/button";

export default function NotFound() {
  return (
    <section className="mx-auto max-w-xl py-16 text-center">
      <p className="text-sm font-semibold text-brand-700">404</p>
      <h1 className="mt-2 text-3xl font-bold">Page not found</h1>
      <p className="mt-4 text-ink-muted">
        The page you asked for does not exist, or you do not have access to it.
      </p>
      <Button asChild className="mt-8">
        <Link href="/">Go to the home page</Link>
      </Button>
    </section>
  );
}
