import "server-only";

import { redirect, unstable_rethrow } from "next/navigation";
import { z } from "zod";

import type { Permission } from "@/domain/access/permissions";
import { formValues, type FormState } from "@/lib/form-state";
import { getActor, type Actor } from "@/server/auth/session";
import type { WorkspaceAccess } from "@/server/access";
import { logger } from "@/server/logger";
import { formStateFromError } from "@/server/outcomes";
import { fieldErrorsOf } from "@/server/validation";

import { authorizeWorkspace } from "./authorize";

// The one way a server action is written. Every action authenticates, authorizes, validates what the
// client sent (the arguments the page bound into the form, which a client can change at will),
// records refusals in the audit log, and maps errors to what the form shows, in that order, here.
// The data layer checks again (it is also called by pages), so a mistake in one place is not enough.
// `src/server/actions/entry-points.test.ts` fails if a server action or route handler is written any
// other way.

export type ActionAccess =
  /** Anyone: sign-in and sign-up, which establish who is asking. */
  | "public"
  /** Any signed-in account, whatever its workspaces (create a workspace, accept an invitation). */
  | "signed-in"
  /** A member of the workspace named by the first bound argument, holding this permission. */
  | { workspace: Permission };

type BoundSchema = z.ZodTuple<[z.ZodType, ...z.ZodType[]]> | z.ZodTuple<[]>;

export type ActionContext<Bound> = {
  actor: Actor | null;
  bound: Bound;
  formData: FormData;
  /** The caller's membership, for workspace actions. */
  access: WorkspaceAccess | null;
};

type ActionSpec<B extends BoundSchema, S extends FormState> = {
  /** Names the action in the audit log and in logs ("organization.update"). */
  name: string;
  access: ActionAccess;
  /** The bound arguments, validated before anything else runs. */
  bound: B;
  /** Form fields echoed back when the action is refused, so the form keeps what was typed. */
  echo?: readonly string[];
  run: (context: ActionContext<z.output<B>>) => Promise<S>;
};

/** A workspace slug, as bound into workspace-scoped forms. */
export const slugArg = z.string().min(1).max(100);
/** A record id (cuid or uuid), as bound into forms. */
export const idArg = z.string().min(1).max(64);

const ACTION_MARK = Symbol.for("mpem.action");

export function defineAction<B extends BoundSchema, S extends FormState>(spec: ActionSpec<B, S>) {
  const action = async (...params: [...Extract<z.input<B>, unknown[]>, S, FormData]): Promise<S> => {
    const formData = params[params.length - 1] as FormData;
    const values = spec.echo ? formValues(formData, spec.echo) : undefined;
    const parsed = spec.bound.safeParse(params.slice(0, -2));
    if (!parsed.success) {
      logger.warn({ action: spec.name, issues: parsed.error.issues.length }, "server action refused: malformed arguments");
      return { status: "error", message: "This form is out of date or was changed. Reload the page and try again.", values } as S;
    }
    const actor = spec.access === "public" ? await getActor() : await requireActor();
    const bound = parsed.data as z.output<B>;
    try {
      const access = typeof spec.access === "object" ? await authorizeWorkspace(actor!, (bound as unknown[])[0] as string, spec.access.workspace, spec.name) : null;
      return await spec.run({ actor, bound, formData, access });
    } catch (error) {
      unstable_rethrow(error); // redirect() and notFound() are not failures
      if (error instanceof z.ZodError) return { status: "error", message: "Check the highlighted fields.", fieldErrors: fieldErrorsOf(error), values } as S;
      return formStateFromError(error, values) as S;
    }
  };
  Object.defineProperty(action, ACTION_MARK, { value: spec.name });
  return action;
}

async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect("/sign-in");
  return actor;
}

export type CommandOutcome = { ok: true } | { ok: false; message: string };

/**
 * A server action called from client code with one value rather than a form (the presenter's keys).
 * The same gate as defineAction; the value is the caller's and is validated by the data layer.
 */
export function defineCommand<B extends BoundSchema>(spec: {
  name: string;
  access: ActionAccess;
  bound: B;
  run: (context: { actor: Actor | null; bound: z.output<B>; value: unknown; access: WorkspaceAccess | null }) => Promise<void>;
}) {
  const command = async (...params: [...Extract<z.input<B>, unknown[]>, unknown]): Promise<CommandOutcome> => {
    const parsed = spec.bound.safeParse(params.slice(0, -1));
    if (!parsed.success) return { ok: false, message: "This page is out of date. Reload it and try again." };
    const actor = spec.access === "public" ? await getActor() : await requireActor();
    const bound = parsed.data as z.output<B>;
    try {
      const access = typeof spec.access === "object" ? await authorizeWorkspace(actor!, (bound as unknown[])[0] as string, spec.access.workspace, spec.name) : null;
      await spec.run({ actor, bound, value: params[params.length - 1], access });
      return { ok: true };
    } catch (error) {
      unstable_rethrow(error);
      return { ok: false, message: formStateFromError(error).message ?? "That did not work." };
    }
  };
  Object.defineProperty(command, ACTION_MARK, { value: spec.name });
  return command;
}

/** Whether a function was made by defineAction (for the entry-point test). */
export function isDefinedAction(value: unknown): boolean {
  return typeof value === "function" && ACTION_MARK in value;
}
