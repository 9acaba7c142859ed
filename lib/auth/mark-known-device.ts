import "server-only";
import { cookies } from "next/headers";
import { knownDeviceMark } from "./known-device";

/** From a server action: marks this browser as one that signed in to the account (known-device.ts). */
export async function markKnownDevice(userId: string, landingUrl: string): Promise<void> {
  const mark = await knownDeviceMark(userId, landingUrl.startsWith("https:"));
  if (mark) (await cookies()).set(mark.name, mark.value, mark.options);
}
