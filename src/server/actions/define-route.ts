import "server-only";

import type { Permission } from "@/domain/access/permissions";
import type { WorkspaceAccess } from "@/server/access";
import { getActor, type Actor } from "@/server/auth/session";
import { ForbiddenError, NotFoundError, UnauthenticatedError } from "@/server/errors";
import { errorResponse } from "@/server/http-responses";

import { authorizeWorkspace } from "./authorize";

// The one way a route handler is written (see define-action.ts for server actions). A route says who
// may call it; the wrapper authenticates, authorizes, and turns every refusal and failure into a JSON
// answer a person can read (404/403/401/422/413/503), so no route invents its own error handling.

export type RouteAccess =
  /** Anyone: health checks. */
  | "public"
  /** A participant's personal link: the token in the path is the credential, checked by the data layer. */
  | "participant-link"
  /** A signed-in account. */
  | "signed-in"
  /** A member of the workspace named by the `slug` path parameter, holding this permission. */
  | { workspace: Permission };

type Params = Record<string, string | string[] | undefined>;

export type RouteContextFor<P extends Params> = {
  request: Request;
  params: P;
  actor: Actor | null;
  access: WorkspaceAccess | null;
};

const ROUTE_MARK = Symbol.for("mpem.route");
const MAX_PARAM_LENGTH = 200;

export function defineRoute<P extends Params = Params>(spec: {
  name: string;
  access: RouteAccess;
  handler: (context: RouteContextFor<P>) => Promise<Response>;
  /** A route's own errors (a vote at the wrong moment); return undefined for the standard mapping. */
  mapError?: (error: unknown) => Response | undefined;
}) {
  const route = async (request: Request, context?: { params?: Promise<P> }): Promise<Response> => {
    try {
      // Routes without dynamic segments get no params from Next.
      const params = ((await context?.params) ?? {}) as P;
      // Path parameters come from the client: none is allowed to be absurdly long.
      if (Object.values(params).some((value) => typeof value === "string" && value.length > MAX_PARAM_LENGTH)) throw new NotFoundError();
      let actor: Actor | null = null;
      let access: WorkspaceAccess | null = null;
      if (spec.access === "signed-in" || typeof spec.access === "object") {
        actor = await getActor();
        if (!actor) throw new UnauthenticatedError();
      }
      if (typeof spec.access === "object") {
        const slug = params.slug;
        if (typeof slug !== "string") throw new NotFoundError("workspace");
        access = await authorizeWorkspace(actor!, slug, spec.access.workspace, spec.name);
      }
      return await spec.handler({ request, params, actor, access });
    } catch (error) {
      return spec.mapError?.(error) ?? routeErrorResponse(error);
    }
  };
  Object.defineProperty(route, ROUTE_MARK, { value: spec.name });
  return route;
}

function routeErrorResponse(error: unknown): Response {
  const noStore = { "Cache-Control": "no-store" };
  if (error instanceof UnauthenticatedError) return Response.json({ message: error.message }, { status: 401, headers: noStore });
  if (error instanceof NotFoundError) return Response.json({ message: error.message }, { status: 404, headers: noStore });
  if (error instanceof ForbiddenError) return Response.json({ message: error.message }, { status: 403, headers: noStore });
  return errorResponse(error);
}
