import { toSafePath } from "./schemas";

/** Where a sign-up's confirmation link lands; it forwards to the page the reader came from. */
export const SIGN_UP_CONFIRMED_PATH = "/sign-up/confirmed";

export function signUpConfirmedPath(next: string): string {
  return `${SIGN_UP_CONFIRMED_PATH}?${new URLSearchParams({ next: toSafePath(next) })}`;
}

/** Whether an Auth.js email link (its `callbackUrl` parameter) was asked for by sign-up. */
export function isSignUpLink(link: string): boolean {
  const callbackUrl = new URL(link).searchParams.get("callbackUrl");
  if (!callbackUrl) return false;
  return new URL(callbackUrl, link).pathname === SIGN_UP_CONFIRMED_PATH;
}
