"use server";

import { revalidatePath } from "next/cache";
import { getViewer } from "@/lib/auth/viewer";
import { type FormState, isForm, toFormStateWithValues, unreadableFormState } from "@/lib/forms/form-state";
import { createSite } from "@/lib/sites/create-site";
import { rotateSsoSecret } from "@/lib/sites/rotate-sso-secret";
import { updateSite } from "@/lib/sites/update-site";

/** A form's outcome, or a new SSO secret: shown on the page this once, from this state only. */
export type SiteFormState = FormState | { status: "secret"; message: string; ssoSecret: string };

const SITE_FIELDS = ["name", "origins", "closeAfterDays"];

export async function createSiteAction(_prev: SiteFormState, formData: FormData): Promise<SiteFormState> {
  if (!isForm(formData)) return unreadableFormState;
  try {
    const site = await createSite(await getViewer(), { name: formData.get("name"), origins: formData.get("origins") });
    revalidatePath("/moderate/sites");
    return { status: "secret", message: `Site “${site.name}” created. Its id is ${site.publicId}.`, ssoSecret: site.ssoSecret };
  } catch (error) {
    return toFormStateWithValues(error, formData, SITE_FIELDS);
  }
}

export async function updateSiteAction(_prev: SiteFormState, formData: FormData): Promise<SiteFormState> {
  if (!isForm(formData)) return unreadableFormState;
  try {
    const keys = ["site", "name", "origins", "signIn", "premoderation", "closeAfterDays"];
    await updateSite(await getViewer(), Object.fromEntries(keys.map((k) => [k, formData.get(k) ?? undefined])));
  } catch (error) {
    return toFormStateWithValues(error, formData, SITE_FIELDS);
  }
  revalidatePath("/moderate/sites");
  return { status: "success", message: "Site saved." };
}

export async function rotateSsoSecretAction(_prev: SiteFormState, formData: FormData): Promise<SiteFormState> {
  if (!isForm(formData)) return unreadableFormState;
  try {
    const { ssoSecret } = await rotateSsoSecret(await getViewer(), { site: formData.get("site") });
    revalidatePath("/moderate/sites");
    return { status: "secret", message: "New SSO secret generated. Tokens signed with the old one no longer work.", ssoSecret };
  } catch (error) {
    return toFormStateWithValues(error, formData, []);
  }
}
