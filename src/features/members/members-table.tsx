import { roleLabels, roles } from "@/domain/access/permissions";
import type { Member } from "@/server/members";

import { InlineActionForm } from "./inline-action-form";
import { changeRoleAction, removeMemberAction } from "./member-actions";

export function MembersTable({ slug, members, canManage, currentUserId }: { slug: string; members: Member[]; canManage: boolean; currentUserId: string }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-line bg-surface">
      <table className="w-full min-w-[36rem] text-left text-sm">
        <caption className="sr-only">Members of this workspace</caption>
        <thead className="bg-brand-50">
          <tr>
            <th scope="col" className="p-3">Name</th>
            <th scope="col" className="p-3">E-mail</th>
            <th scope="col" className="p-3">Role</th>
            {canManage ? <th scope="col" className="p-3">Manage</th> : null}
          </tr>
        </thead>
        <tbody>
          {members.map((member) => (
            <tr key={member.membershipId} className="border-t border-line align-top">
              <th scope="row" className="p-3 font-medium">
                {member.name}
                {member.userId === currentUserId ? <span className="ml-1 text-ink-muted">(you)</span> : null}
              </th>
              <td className="p-3">{member.email}</td>
              <td className="p-3">
                {roleLabels[member.role]}
                {member.organization ? <span className="block text-ink-muted">{member.organization.name} only</span> : null}
              </td>
              {canManage ? (
                <td className="space-y-2 p-3">
                  {/* A client executive's role is fixed to their organization: removed and re-invited, never promoted in place. */}
                  {member.organization ? null : (
                    <InlineActionForm action={changeRoleAction.bind(null, slug, member.membershipId)} label="Change role">
                      <label className="sr-only" htmlFor={`role-${member.membershipId}`}>
                        Role of {member.name}
                      </label>
                      <select id={`role-${member.membershipId}`} name="role" defaultValue={member.role} className="rounded-md border border-line bg-surface px-2 py-1">
                        {roles.map((role) => (
                          <option key={role} value={role}>
                            {roleLabels[role]}
                          </option>
                        ))}
                      </select>
                    </InlineActionForm>
                  )}
                  <InlineActionForm action={removeMemberAction.bind(null, slug, member.membershipId)} label={`Remove ${member.name}`} />
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
