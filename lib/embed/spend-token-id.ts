import "server-only";
import { lt } from "drizzle-orm";
import { getDb } from "@/db/client";
import { usedTokenIds } from "@/db/schema";

/**
 * Records a single-use token id; false when it was recorded before (a replay). The row is kept
 * until `keepUntil`, which must be no earlier than the last moment the token could still be
 * accepted. Rows past that are swept on the way, so the table holds only live tokens' ids.
 * One INSERT ... ON CONFLICT decides, so two concurrent uses cannot both win.
 */
export async function spendTokenId(id: string, keepUntil: Date, now: Date): Promise<boolean> {
  const db = getDb();
  await db.delete(usedTokenIds).where(lt(usedTokenIds.expiresAt, now));
  const inserted = await db.insert(usedTokenIds).values({ id, expiresAt: keepUntil }).onConflictDoNothing().returning({ id: usedTokenIds.id });
  return inserted.length === 1;
}
