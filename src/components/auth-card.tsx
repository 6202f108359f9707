import type { ReactNode } from "react";

import { Card } from "@/components/ui/card";

export function AuthCard({ title, intro, children }: { title: string; intro?: ReactNode; children: ReactNode }) {
  return (
    <div className="mx-auto max-w-md py-6">
      <h1 className="text-2xl font-bold text-brand-900">{title}</h1>
      {intro ? <div className="mt-2 text-ink-muted">{intro}</div> : null}
      <Card className="mt-6">{children}</Card>
    </div>
  );
}
