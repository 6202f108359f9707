import { z } from "zod";

// Addresses are checked before anything is queued, so a typo is named to the consultant at once
// instead of turning into a bounce hours later. Stricter than "looks like an e-mail": a full domain
// (zod's rule), no spaces or line breaks (which could smuggle headers), at most 254 characters.

const email = z.email();

export function addressProblem(address: string | null | undefined): string | null {
  if (!address) return "has no e-mail address";
  if (address.length > 254) return `has an e-mail address longer than 254 characters`;
  if (/[\s<>,;"]/.test(address) || !email.safeParse(address).success) return `has an e-mail address that is not valid: "${address}"`;
  return null;
}

/** "Anna Berg has an e-mail address that is not valid: "anna@example"". */
export function describeAddressProblem(name: string, address: string | null | undefined): string | null {
  const problem = addressProblem(address);
  return problem ? `${name} ${problem}.` : null;
}
