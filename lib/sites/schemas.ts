import { z } from "zod";
import { hasUnsafeCharacters } from "@/lib/text/unsafe-characters";
import { normalizeOrigin } from "./normalize-origin";

export const SIGN_IN_CHOICES = ["sso_and_parley", "sso_only", "parley_only"] as const;
export type SignInChoice = (typeof SIGN_IN_CHOICES)[number];
export const MAX_ORIGINS = 20;

/** A site's public id as a snippet or a form carries it: never the numeric id. */
export const publicIdSchema = z
  .string({ error: "Choose a site." })
  .trim()
  .regex(/^[a-z0-9]{1,40}$/, "That is not a site id.");

const name = z
  .string({ error: "Give the site a name." })
  .trim()
  .min(1, "Give the site a name.")
  .max(100, "Keep the name under 100 characters.")
  .refine((s) => !hasUnsafeCharacters(s), "The name contains control or text-direction characters: remove them.");

// A textarea (one origin a line) or a list (the command line, JSON): each normalized, repeats dropped.
// A new site needs one; an existing one may have none (the home site, say, which nothing embeds).
const origins = (min: 0 | 1) => z.preprocess(
  (v) => (typeof v === "string" ? v.split(/[\r\n]+/) : v),
  z
    .array(z.string(), { error: "List the origins, one a line." })
    .transform((lines, ctx) => {
      const result: string[] = [];
      for (const line of lines.map((l) => l.trim()).filter(Boolean)) {
        const origin = normalizeOrigin(line);
        if (origin === null) {
          ctx.addIssue({ code: "custom", message: `"${clip(line)}" is not an origin: write scheme://host[:port], such as https://news.example, with no path, query, wildcard or credentials.` });
        } else if (!result.includes(origin)) result.push(origin);
      }
      return result;
    })
    .refine((list) => list.length >= min, "List at least one origin the site's pages are served from.")
    .refine((list) => list.length <= MAX_ORIGINS, `List at most ${MAX_ORIGINS} origins.`),
);

const CHECKED = new Set<unknown>([true, "on", "true"]);
const UNCHECKED = new Set<unknown>([undefined, null, false, "", "off", "false"]);

const closeAfterDays = z.preprocess(
  (v) => (v === null || (typeof v === "string" && v.trim() === "") ? null : v),
  z.coerce
    .number({ error: "Enter a number of days from 1 to 3650, or leave it empty to keep threads open." })
    .int("Enter a whole number of days.")
    .min(1, "Close after at least 1 day, or leave it empty to keep threads open.")
    .max(3650, "Close after at most 3650 days (ten years), or leave it empty to keep threads open.")
    .nullable(),
);

export const createSiteSchema = z.object({ name, origins: origins(1) });
export type CreateSiteInput = z.input<typeof createSiteSchema>;

export const updateSiteSchema = z.object({
  site: publicIdSchema,
  name,
  origins: origins(0),
  signIn: z.enum(SIGN_IN_CHOICES, { error: "Choose how readers sign in." }),
  premoderation: z.preprocess(
    (v) => (CHECKED.has(v) ? true : UNCHECKED.has(v) ? false : v),
    z.boolean({ error: "Choose whether pre-moderation is on or off." }),
  ),
  closeAfterDays,
});
export type UpdateSiteInput = z.infer<typeof updateSiteSchema>;

export const siteRefSchema = z.object({ site: publicIdSchema });

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
