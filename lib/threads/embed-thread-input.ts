import { z } from "zod";
import { stripUnsafeCharacters } from "@/lib/text/unsafe-characters";

export const MAX_PAGE_KEY_LENGTH = 512;
export const MAX_THREAD_URL_LENGTH = 2048;
export const MAX_THREAD_TITLE_LENGTH = 300;

const clean = (v: unknown) => (typeof v === "string" ? stripUnsafeCharacters(v).trim() : v);
const orNull = (v: unknown) => (v === "" || v === undefined ? null : v);

/**
 * What a publisher's snippet says about its page. The key names the thread, so it is refused
 * when too long rather than cut (two long keys must not become one thread); the title is only
 * shown, so a long one is shortened.
 */
export const embedThreadInputSchema = z.object({
  pageKey: z.preprocess(
    clean,
    z.string({ error: "A page key is required." }).min(1, "A page key is required.").max(MAX_PAGE_KEY_LENGTH, `A page key can be at most ${MAX_PAGE_KEY_LENGTH} characters.`),
  ),
  url: z.preprocess(
    (v) => orNull(clean(v)),
    z
      .string()
      .max(MAX_THREAD_URL_LENGTH, `A page URL can be at most ${MAX_THREAD_URL_LENGTH} characters.`)
      .refine((s) => /^https?:\/\//i.test(s) && URL.canParse(s), "A page URL must be an http or https URL.")
      .nullable(),
  ),
  title: z.preprocess(
    (v) => orNull(clean(v)),
    z
      .string()
      .transform((s) => [...s].slice(0, MAX_THREAD_TITLE_LENGTH).join("").trim())
      .nullable(),
  ),
});
export type EmbedThreadInput = z.input<typeof embedThreadInputSchema>;
