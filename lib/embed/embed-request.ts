import { z } from "zod";
import { SORTS } from "@/lib/comments/constants";

/** What the notice and error codes in an embed URL may be: shown as fixed messages, never as text from the URL. */
export const EMBED_NOTICES = ["posted", "held", "saved", "deleted", "voted", "reported", "signed_out"] as const;
export const EMBED_ERRORS = ["invalid_input", "unauthorized", "forbidden", "not_found", "conflict", "payload_too_large", "rate_limited", "unavailable"] as const;
export type EmbedNotice = (typeof EMBED_NOTICES)[number];
export type EmbedError = (typeof EMBED_ERRORS)[number];

const publicId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "site must be a site's public id.");
const httpUrl = z
  .string()
  .max(2000, "url is too long.")
  .transform((s, ctx) => {
    const url = URL.canParse(s) ? new URL(s) : null;
    if (url && (url.protocol === "https:" || url.protocol === "http:") && !url.username && !url.password) return url;
    ctx.addIssue({ code: "custom", message: "url must be an http(s) address." });
    return z.NEVER;
  });
const origin = z
  .string()
  .max(300)
  .regex(/^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$|^https?:\/\/\[[0-9a-f:.]+\](:\d{1,5})?$/i, "origin must be scheme://host[:port].")
  .transform((s) => s.toLowerCase());
// Control characters have no place in a key or title (and Postgres refuses NUL in text).
const NO_CONTROLS = /^[^\u0000-\u001f\u007f]*$/;
const id = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);
// Optional codes that come back from a write: an unknown one is dropped, not refused.
const code = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values).optional().catch(undefined);

const embedQuerySchema = z.object({
  site: publicId,
  key: z.string().trim().min(1).max(500, "key is too long.").regex(NO_CONTROLS, "key must be printable text.").optional(),
  url: httpUrl.optional(),
  // A page's title is only shown: an odd one is tidied and shortened, not refused.
  title: z
    .string()
    .transform((t) => t.replace(/[\u0000-\u001f\u007f]+/g, " ").trim().slice(0, 300))
    .optional(),
  origin: origin.optional(),
  // How the thread looks: a value Parley doesn't know falls back to the default, the thread still shows.
  theme: z.enum(["light", "dark", "auto"]).catch("auto").default("auto"),
  accent: z.string().regex(/^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i).optional().catch(undefined),
  sort: z.enum(SORTS).optional().catch(undefined),
  lang: z.string().regex(/^[a-z]{2,3}(?:-[a-z0-9]{2,8}){0,2}$/i).optional().catch(undefined),
  frame: z.coerce.number().int().min(0).max(9999).optional().catch(undefined),
  comment: id.optional(),
  cursor: z.string().max(500).regex(NO_CONTROLS).optional(),
  // Its length is checked by the sign-in, which says what is wrong with a token.
  sso: z.string().optional(),
  notice: code(EMBED_NOTICES),
  error: code(EMBED_ERRORS),
});

export type EmbedQuery = Omit<z.infer<typeof embedQuerySchema>, "url"> & {
  url?: string;
  /** The thread's page key: `key`, else the page URL without its query and fragment. */
  pageKey: string;
};

export type ParsedEmbedQuery = { ok: true; query: EmbedQuery } | { ok: false; problems: string[] };

/**
 * Reads the iframe's query (see the contract in the loader). Empty values count as absent, a
 * repeated parameter is refused, and a page needs a key or a URL to name its thread.
 */
export function parseEmbedQuery(params: URLSearchParams): ParsedEmbedQuery {
  const raw: Record<string, string> = {};
  for (const name of new Set(params.keys())) {
    const values = params.getAll(name).filter((v) => v !== "");
    if (values.length > 1) return { ok: false, problems: [`${name} is given more than once.`] };
    if (values.length === 1 && name in embedQuerySchema.shape) raw[name] = values[0]!;
  }
  const parsed = embedQuerySchema.safeParse(raw);
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.map((i) => i.message) };
  const { url, ...rest } = parsed.data;
  const pageKey = rest.key ?? (url ? withoutQueryAndHash(url) : undefined);
  if (!pageKey) return { ok: false, problems: ["Give the page a key or its url."] };
  return { ok: true, query: { ...rest, url: url?.href, pageKey } };
}

function withoutQueryAndHash(url: URL): string {
  return `${url.origin}${url.pathname}`;
}
