import "server-only";
import { headers } from "next/headers";
import { env } from "@/lib/env";
import { canReadDevOutbox, devOutboxDir } from "./outbox-access";
import { getRememberedOutboxAddress } from "./outbox-address";
import { findNewestOutboxMessage, type OutboxMessage } from "./outbox-files";

/**
 * What "Check your email" may say about the dev outbox: nothing (production, SMTP), the folder
 * (as configured, or its full path to a reader who may open it), and the address to link.
 */
export type DevOutboxView = { dir: string; folder: string; address: string | null } | null;

export async function getDevOutboxView(): Promise<DevOutboxView> {
  const dir = devOutboxDir(env());
  if (!dir) return null;
  if (!(await canReadDevOutbox(env(), await headers()))) return { dir, folder: env().OUTBOX_DIR, address: null };
  return { dir, folder: dir, address: await getRememberedOutboxAddress() };
}

/** The newest message to the address this browser asked a link for, if this request may read the outbox. */
export async function getDevOutboxMessage(): Promise<OutboxMessage | null> {
  const view = await getDevOutboxView();
  if (!view?.address) return null;
  return findNewestOutboxMessage(view.dir, view.address);
}
