// Errors the data layer throws and the action/route layer turns into responses. NotFoundError is
// also what an outsider gets for something that exists, so existence never leaks.

export class NotFoundError extends Error {
  constructor(what = "record") {
    super(`The ${what} was not found.`);
    this.name = "NotFoundError";
  }
}

export class ForbiddenError extends Error {
  constructor(message = "You do not have permission to do that.") {
    super(message);
    this.name = "ForbiddenError";
  }
}

export class UnauthenticatedError extends Error {
  constructor() {
    super("Sign in to continue.");
    this.name = "UnauthenticatedError";
  }
}

export type FieldErrors = Record<string, string[]>;

export class ValidationError extends Error {
  constructor(
    message: string,
    readonly fieldErrors: FieldErrors = {},
  ) {
    super(message);
    this.name = "ValidationError";
  }
}
