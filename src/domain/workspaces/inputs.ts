import { z } from "zod";

import { roles } from "../access/permissions";
import { requiredTextField as requiredText, textField as text } from "../text-fields";

// Input rules for workspaces, organizations and invitations, shared by the forms (field messages)
// and the data layer (which re-validates whatever reaches it).

export const workspaceNameSchema = requiredText("Workspace name", 80);

export const createWorkspaceInput = z.object({ name: workspaceNameSchema });

export const businessUnitsSchema = z
  .array(text("A business unit", 80), { error: "Business units must be a list." })
  .max(30, "List at most 30 business units.")
  .transform((units) => [...new Set(units.filter((unit) => unit !== ""))]);

export const organizationInput = z.object({
  name: requiredText("Name", 120),
  industry: text("Industry", 80).transform((value) => (value === "" ? null : value)),
  businessUnits: businessUnitsSchema,
});
export type OrganizationInput = z.infer<typeof organizationInput>;

/** Business units arrive from a textarea: one per line (commas also separate). */
export function splitBusinessUnits(raw: string): string[] {
  return raw.split(/[\n,]/).map((unit) => unit.trim());
}

export const invitationInput = z.object({
  role: z.enum(roles, { error: "Choose a role: Owner, Consultant or Viewer." }),
  note: text("Note", 200).transform((value) => (value === "" ? null : value)),
  // Optional: with an address, the invitation is also e-mailed (src/server/mail/invitation-mail.ts).
  email: text("E-mail", 254)
    .pipe(z.union([z.literal(""), z.email("Enter a valid e-mail address, or leave it empty to copy the link yourself.")]))
    .transform((value) => (value === "" ? null : value.toLowerCase()))
    .optional()
    .transform((value) => value ?? null),
});
export type InvitationInput = z.infer<typeof invitationInput>;

export const roleInput = z.enum(roles, { error: "Choose a role: Owner, Consultant or Viewer." });
