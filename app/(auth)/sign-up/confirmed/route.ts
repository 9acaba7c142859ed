import { redirect } from "next/navigation";
import { toSafePath } from "@/lib/auth/schemas";

// A sign-up's confirmation link lands here once Auth.js has signed the reader in.
export function GET(request: Request) {
  redirect(toSafePath(new URL(request.url).searchParams.get("next")));
}
