import Link from "next/link";

import { Badge } from "@/components/ui/badge";
import type { ReassessmentState } from "@/domain/history/next-round";
import type { Organization } from "@/server/organizations";

import { ReassessmentBadge } from "./reassessment-badge";

type Listed = Organization & { reassessment?: ReassessmentState | null };

export function OrganizationList({ slug, organizations, emptyText = "No organizations yet." }: { slug: string; organizations: Listed[]; emptyText?: string }) {
  if (organizations.length === 0) return <p className="text-ink-muted">{emptyText}</p>;
  return (
    <ul className="divide-y divide-line rounded-lg border border-line bg-surface">
      {organizations.map((organization) => (
        <li key={organization.id} className="flex flex-wrap items-center justify-between gap-2 p-4">
          <div>
            <Link href={`/w/${slug}/organizations/${organization.id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
              {organization.name}
            </Link>
            <p className="text-sm text-ink-muted">
              {[organization.industry, organization.businessUnits.length ? `${organization.businessUnits.length} business units` : null].filter(Boolean).join(" · ") || "No details yet"}
            </p>
          </div>
          {organization.archivedAt ? <Badge className="bg-line text-ink">Archived</Badge> : null}
          {organization.reassessment ? <ReassessmentBadge state={organization.reassessment} /> : null}
        </li>
      ))}
    </ul>
  );
}
