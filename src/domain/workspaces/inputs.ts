import { z } from "zod";

import { roles } from "../access/permissions";

// Input rules for workspaces, organizations and invitations, shared by the forms (field messages)
// and the data layer (which re-validates whatever reaches it).

 
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

function text(label: string, max: number) {
  return z
    .string({ error: `${label} must be text.` })
    .trim()
    .max(max, `${label} must be at most ${max} characters.`)
    .refine((value) => !CONTROL_CHARACTERS.test(value), `${label} contains characters that are not allowed.`);
}

function requiredText(label: string, max: number) {
  return text(label, max).pipe(z.string().min(1, `${label} is required.`));
}

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
});
export type InvitationInput = z.infer<typeof invitationInput>;

export const roleInput = z.enum(roles, { error: "Choose a role: Owner, Consultant or Viewer." });
