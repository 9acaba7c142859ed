"use server";

import { revalidatePath } from "next/cache";
import { getViewer } from "@/lib/auth/viewer";
import { type FormState, isForm, toFormState, unreadableFormState } from "@/lib/forms/form-state";
import { updateModerationSettings } from "@/lib/moderation/update-moderation-settings";
import { getHomeSite } from "@/lib/sites/get-home-site";

export async function updateSettingsAction(_prev: FormState, formData: FormData): Promise<FormState> {
  if (!isForm(formData)) return unreadableFormState;
  try {
    const site = await getHomeSite();
    await updateModerationSettings(await getViewer(), site.id, Object.fromEntries(formData));
  } catch (error) {
    return toFormState(error);
  }
  revalidatePath("/moderate/settings");
  return { status: "success", message: "Rules saved. They apply to the next comment." };
}
