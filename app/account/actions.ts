"use server";

import { revalidatePath } from "next/cache";
import { updateDisplayName } from "@/lib/auth/update-display-name";
import { getViewer } from "@/lib/auth/viewer";
import { type FormState, toFormState } from "@/lib/forms/form-state";

export async function updateDisplayNameAction(_prev: FormState, formData: FormData): Promise<FormState> {
  try {
    await updateDisplayName(await getViewer(), { name: formData.get("name") });
  } catch (error) {
    return toFormState(error);
  }
  revalidatePath("/", "layout");
  return { status: "success", message: "Your display name is saved." };
}
