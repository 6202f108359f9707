import Link from "next/link";

import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";

const steps = [
  {
    title: "Assess today",
    text: "Stakeholders from marketing, IT and leadership rate each dimension of the model against its written levels: MPEM, the TCS data maturity model, or your own.",
  },
  {
    title: "Agree where to go",
    text: "Choose the target level each dimension needs: not the top level everywhere, but what the business outcomes call for.",
  },
  {
    title: "Track every six months",
    text: "Re-assess and see what moved, where the gaps remain and which dimension is holding the others back.",
  },
] as const;

export default function HomePage() {
  return (
    <div className="space-y-10">
      <section className="max-w-3xl">
        <h1 className="text-3xl font-bold tracking-tight text-brand-900 sm:text-4xl">
          Measure how effective your organization is at personalization
        </h1>
        <p className="mt-4 text-lg text-ink-muted">
          MPEM Assessment runs the Mindtree Personalization Effectiveness Model, or another maturity model, as a
          workshop: assess the current state, set a target per dimension and track progress over time.
        </p>
        <Button asChild size="lg" className="mt-6">
          <Link href="/model">Read the model</Link>
        </Button>
      </section>
      <section aria-labelledby="how-it-works">
        <h2 id="how-it-works" className="text-xl font-semibold">
          How it works
        </h2>
        <ol className="mt-4 grid gap-4 sm:grid-cols-3">
          {steps.map((step, index) => (
            <li key={step.title}>
              <Card className="h-full">
                <p className="text-sm font-semibold text-brand-700">Step {index + 1}</p>
                <h3 className="mt-1 font-semibold">{step.title}</h3>
                <p className="mt-2 text-sm text-ink-muted">{step.text}</p>
              </Card>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
