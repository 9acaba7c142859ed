import { z } from "zod";
import { hasUnsafeCharacters } from "@/lib/text/unsafe-characters";

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email("Enter a valid email address.").max(254, "That email address is too long."));

export const displayNameSchema = z
  .string()
  .trim()
  .min(2, "Your display name needs at least 2 characters.")
  .max(40, "Your display name can be at most 40 characters.")
  .refine((name) => !/[\t\n<>]/.test(name) && !hasUnsafeCharacters(name), "Your display name cannot contain < or > or control characters.");

export const passwordSchema = z
  .string()
  .min(10, "Use at least 10 characters for your password.")
  .max(200, "Use at most 200 characters for your password.")
  .refine((p) => new Set(p).size >= 4, "That password is too easy to guess: use more different characters.");

export const PASSWORD_HAS_EMAIL = "Your password should not contain your email address.";

/** Whether a password contains the address's local part, "jane" of jane@example.com. */
export const containsEmail = (password: string, email: string) => password.toLowerCase().includes(email.split("@")[0]!.toLowerCase());

export const signUpSchema = z
  .object({ name: displayNameSchema, email: emailSchema, password: passwordSchema })
  .refine((v) => !containsEmail(v.password, v.email), { path: ["password"], message: PASSWORD_HAS_EMAIL });

export const changePasswordSchema = z.object({
  currentPassword: z.string().max(200).optional().transform((p) => p || undefined),
  newPassword: passwordSchema,
});

export type SignUpInput = z.infer<typeof signUpSchema>;

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, "Enter your password.").max(200),
});
export type SignInInput = z.infer<typeof signInSchema>;

export const updateProfileSchema = z.object({ name: displayNameSchema });

/**
 * Only same-site paths: a callback URL from a form or a link must never send a
 * reader elsewhere. Browsers drop tabs and newlines and read "\\" as "/", so
 * "/\t/evil.example" would leave the site: anything but a plain path is refused.
 */
export function toSafePath(value: unknown): string {
  if (typeof value !== "string" || !value.startsWith("/") || /[\u0000-\u0020\u007f\\]/.test(value)) return "/";
  const url = new URL(value, "http://parley.invalid");
  if (url.origin !== "http://parley.invalid") return "/";
  // Dot segments can normalise into "//host" ("/.//evil.example"), which a browser reads as another site.
  return url.pathname.startsWith("//") ? "/" : `${url.pathname}${url.search}${url.hash}`;
}

export const callbackPathSchema = z.unknown().transform(toSafePath);
