import "server-only";

import { notFound, redirect } from "next/navigation";

import type { FormState } from "@/lib/form-state";

import { ForbiddenError, NotFoundError, UnauthenticatedError, ValidationError } from "./errors";
import { logger } from "./logger";

/**
 * Turns a data-layer refusal into what a form shows. Anything unexpected is logged and re-thrown,
 * so the error page appears and no half-truth reaches the user.
 */
export function formStateFromError(error: unknown, values?: Record<string, string>): FormState {
  if (error instanceof ValidationError) return { status: "error", message: error.message, fieldErrors: error.fieldErrors, values };
  if (error instanceof ForbiddenError) return { status: "error", message: error.message, values };
  if (error instanceof NotFoundError) return { status: "error", message: "This was not found. It may have been removed, or you may not have access to it." };
  if (error instanceof UnauthenticatedError) redirect("/sign-in");
  logger.error({ err: error }, "unexpected error in a server action");
  throw error;
}

/** For pages: a missing or forbidden record is a 404, a missing session goes to sign-in. */
export async function loadForPage<T>(load: () => Promise<T>, returnTo: string): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (error instanceof NotFoundError || error instanceof ForbiddenError) notFound();
    if (error instanceof UnauthenticatedError) redirect(`/sign-in?next=${encodeURIComponent(returnTo)}`);
    throw error;
  }
}
