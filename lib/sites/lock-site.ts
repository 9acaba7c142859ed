import "server-only";
import { eq } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { sites } from "@/db/schema";
import { AppError } from "@/lib/errors";

/** The site a form names, locked for the change; not_found for any other id. */
export async function lockSite(tx: Transaction, publicId: string) {
  const [site] = await tx
    .select({ id: sites.id, publicId: sites.publicId, name: sites.name, ssoSecret: sites.ssoSecret })
    .from(sites)
    .where(eq(sites.publicId, publicId))
    .for("update");
  if (!site) throw new AppError("not_found", "That site doesn't exist.", { field: "site" });
  return site;
}
