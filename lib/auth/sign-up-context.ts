import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";

/**
 * A sign-up in progress, as the email link it sends is made. The link confirms a pending
 * password only if it was made inside this context, on the server: never because of
 * anything in the request (a callback URL, say), which a stranger can shape.
 */
export type SignUpRequest = {
  email: string;
  /** The password hash this sign-up stored, or null when the address already had an account. */
  pendingPasswordHash: string | null;
};

const current = new AsyncLocalStorage<SignUpRequest>();

/** Runs `send` (Auth.js's email sign-in) as part of `request`. */
export function withSignUp<T>(request: SignUpRequest, send: () => Promise<T>): Promise<T> {
  return current.run(request, send);
}

/** The sign-up this link is being made for, if any. */
export function currentSignUp(email: string): SignUpRequest | undefined {
  const request = current.getStore();
  return request?.email === email ? request : undefined;
}
