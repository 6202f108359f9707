// Shared with the demo seed, which must not import from tests/.
export { createOrganization, createWorkspace } from "../../prisma/demo/records";
