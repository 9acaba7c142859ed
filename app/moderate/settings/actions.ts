"use server";

import { revalidatePath } from "next/cache";
import { getViewer } from "@/lib/auth/viewer";
import { AppError } from "@/lib/errors";
import { type FormState, isForm, toFormState, unreadableFormState } from "@/lib/forms/form-state";
import { updateModerationSettings } from "@/lib/moderation/update-moderation-settings";
import { getHomeSite } from "@/lib/sites/get-home-site";
import { getSiteByPublicId } from "@/lib/sites/get-site";

export async function updateSettingsAction(_prev: FormState, formData: FormData): Promise<FormState> {
  if (!isForm(formData)) return unreadableFormState;
  const everySite = formData.get("everySite") === "on";
  try {
    const picked = formData.get("site");
    const site = typeof picked === "string" && picked ? await getSiteByPublicId(picked) : await getHomeSite();
    if (!site) throw new AppError("not_found", "That site doesn't exist.", { field: "site" });
    await updateModerationSettings(await getViewer(), everySite ? "every site" : site.id, Object.fromEntries(formData));
  } catch (error) {
    return toFormState(error);
  }
  revalidatePath("/moderate/settings");
  return { status: "success", message: everySite ? "Rules saved for every site. They apply to the next comment." : "Rules saved. They apply to the next comment." };
}
