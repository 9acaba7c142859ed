import "server-only";
import { cookies } from "next/headers";
import { env } from "@/lib/env";
import { devOutboxDir } from "./outbox-access";

/** Which address this browser last asked a link for, so "Check your email" can link that message. Development only. */
const COOKIE = "parley.dev-outbox-to";

/** From a server action that just had a link sent to `address`. */
export async function rememberOutboxAddress(address: string): Promise<void> {
  if (!devOutboxDir(env())) return;
  (await cookies()).set(COOKIE, address, { httpOnly: true, sameSite: "lax", path: "/", maxAge: 30 * 60 });
}

export async function getRememberedOutboxAddress(): Promise<string | null> {
  return (await cookies()).get(COOKIE)?.value || null;
}
