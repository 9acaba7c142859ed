import "server-only";
import { hash, verify } from "@node-rs/argon2";

// argon2id with the OWASP-recommended minimum (19 MiB, 2 passes, 1 lane): ~30 ms here.
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

/** Constant-ish work whether or not the user exists, so timing does not reveal accounts. */
const DUMMY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$TuwqXPJHRaqak83XR5EMxA$sWbvueiLhEYy3giqnXJm9HsE72MzneFuI2tayf/zBfw";

export async function verifyPassword(storedHash: string | null, password: string): Promise<boolean> {
  try {
    const ok = await verify(storedHash ?? DUMMY_HASH, password);
    return ok && storedHash !== null;
  } catch {
    return false;
  }
}
