import type { AuditAction } from "@/server/audit";
import type { AuditEntry } from "@/server/audit-log";

const timeFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" });

// Every action has a label: a new kind of audit event does not compile until it says what it means.
const actionLabels: Record<AuditAction, string> = {
  "access.refused": "Was refused an action their role does not allow",
  "auth.sign-in.succeeded": "Signed in",
  "auth.sign-in.failed": "Failed sign-in",
  "auth.sign-in.throttled": "Sign-in blocked (too many failures)",
  "auth.sign-up": "Created an account",
  "auth.sign-out": "Signed out",
  "auth.password-changed": "Changed password",
  "auth.password-reset.requested": "Asked for a password reset link",
  "auth.password-reset": "Set a new password with a reset link",
  "auth.email-change.requested": "Asked to change their e-mail address",
  "auth.email-changed": "Changed their e-mail address",
  "mail.participant-links-queued": "E-mailed participants their links",
  "mail.reminders-queued": "Reminded participants by e-mail",
  "mail.reassessment-due-queued": "Told the owners and consultants that a re-assessment is due",
  "round.reminders-changed": "Changed a round's automatic reminders",
  "workspace.created": "Created the workspace",
  "organization.created": "Created an organization",
  "organization.renamed": "Renamed an organization",
  "organization.updated": "Edited an organization",
  "organization.archived": "Archived an organization",
  "organization.restored": "Restored an organization",
  "organization.deleted": "Deleted an organization and all its rounds",
  "invitation.created": "Created an invite link",
  "invitation.revoked": "Withdrew an invite link",
  "invitation.accepted": "Joined through an invite link",
  "member.role-changed": "Changed a member's role",
  "member.removed": "Removed a member",
  "round.created": "Created a round",
  "round.opened": "Opened a round",
  "round.closed": "Closed a round",
  "round.min-group-size-changed": "Changed a round's privacy minimum",
  "round.started-from-previous": "Started the next round from a closed one",
  "round.updated": "Edited a round (name, dates or groups)",
  "participant.moved": "Moved a participant to another group",
  "participant.added": "Added participants",
  "participant.link-reissued": "Issued a new participant link",
  "participant.link-revoked": "Withdrew a participant link",
  "participant.deleted": "Deleted a participant and their answers",
  "participant.joined": "Joined a live workshop with the room's code",
  "workshop.started": "Started a live workshop",
  "workshop.mode-changed": "Switched a workshop between live and self-paced",
  "workshop.joining-changed": "Turned joining a workshop on or off",
  "workshop.consensus-recorded": "Recorded a workshop consensus",
  "share-link.created": "Created a share link to an organization's executive view",
  "share-link.revoked": "Revoked a share link",
  "share-link.opened": "A share link was opened (logged at most once an hour per link)",
  "client.removed": "Removed a client executive's access to an organization",
  "framework.imported": "Imported a framework version",
  "boundaries.reviewed": "Saved a boundaries review",
  "plan.outcomes-changed": "Changed the target business outcomes",
  "plan.priorities-reordered": "Re-ordered the prioritized gaps",
  "plan.action-added": "Added a roadmap action",
  "plan.action-updated": "Edited a roadmap action",
  "plan.action-deleted": "Deleted a roadmap action",
  "plan.kpi-added": "Added a KPI",
  "plan.kpi-deleted": "Deleted a KPI",
  "plan.kpi-value-recorded": "Recorded a KPI value",
  "report.exported": "Downloaded a report",
  "organization.exported": "Exported an organization (JSON)",
  "organization.imported": "Imported an organization (JSON)",
};

function describeDetails(details: unknown): string {
  if (!details || typeof details !== "object") return "";
  return Object.entries(details as Record<string, unknown>)
    .map(([key, value]) => `${key}: ${typeof value === "object" ? JSON.stringify(value) : String(value)}`)
    .join("; ");
}

export function AuditTable({ events }: { events: AuditEntry[] }) {
  if (events.length === 0) return <p className="text-ink-muted">Nothing recorded yet.</p>;
  return (
    <div className="overflow-x-auto rounded-lg border border-line bg-surface">
      <table className="w-full min-w-[48rem] text-left text-sm">
        <caption className="sr-only">Audit log, newest first (times in UTC)</caption>
        <thead className="bg-brand-50">
          <tr>
            <th scope="col" className="p-3">When (UTC)</th>
            <th scope="col" className="p-3">Who</th>
            <th scope="col" className="p-3">What</th>
            <th scope="col" className="p-3">Details</th>
            <th scope="col" className="p-3">From</th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <tr key={event.id} className="border-t border-line align-top">
              <td className="whitespace-nowrap p-3">{timeFormat.format(event.createdAt)}</td>
              <td className="p-3">{event.actorEmail ?? "—"}</td>
              <td className="p-3">{actionLabels[event.action as AuditAction] ?? event.action}</td>
              <td className="max-w-md break-words p-3 text-ink-muted">{describeDetails(event.details)}</td>
              <td className="p-3 font-mono text-xs">{event.ipAddress ?? ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
