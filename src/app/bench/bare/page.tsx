import { notFound } from "next/navigation";

import { areBenchRoutesEnabled } from "@/server/bench-baseline";

// The lightest page the app can serve (root layout, no page-specific client code): the baseline
// for the first-load JavaScript comparison in bench/.
export default function BareBenchPage() {
  if (!areBenchRoutesEnabled()) notFound();
  return <p>Bare page for benchmarks.</p>;
}
