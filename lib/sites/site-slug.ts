import "server-only";
import { like } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { sites } from "@/db/schema";

/** A slug from the site's name (`Harbour Times` → `harbour-times`), made unique with -2, -3… */
export async function uniqueSiteSlug(tx: Transaction, name: string): Promise<string> {
  const base =
    name
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 40)
      .replace(/-+$/, "") || "site";
  const taken = new Set((await tx.select({ slug: sites.slug }).from(sites).where(like(sites.slug, `${base}%`))).map((s) => s.slug));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
