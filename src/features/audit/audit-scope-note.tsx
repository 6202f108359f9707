/** What the audit log shows, in the words of src/server/audit-log.ts's scoping rule. */
export function AuditScopeNote() {
  return (
    <p className="max-w-2xl text-sm text-ink-muted">
      Everything done in this workspace, and the sign-ins, failed or blocked sign-ins and password changes of its current members since they
      joined (not before, and not those of people who have left). Repeated blocked sign-ins are one entry per blocking period, with the
      number of attempts refused. Newest first; entries cannot be edited or deleted.
    </p>
  );
}
