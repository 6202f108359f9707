import { getAuth } from "@/server/auth/auth";

// better-auth's HTTP endpoints (sign-in, sign-up, sign-out, session). The same hooks that guard the
// server actions (throttling, password policy, audit) apply here.
export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return getAuth().handler(request);
}

export function POST(request: Request) {
  return getAuth().handler(request);
}
