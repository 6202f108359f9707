// The client lives beside the seed (prisma/demo), which must not depend on test code.
export { createDbClient, type DbClient } from "../../prisma/demo/db-client";
