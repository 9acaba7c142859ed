import { AppError } from "@/lib/errors";

/** The posted form, urlencoded or multipart; anything else, or a body that is not one, is a 4xx. */
export async function readActionForm(request: Request): Promise<FormData> {
  const type = request.headers.get("content-type")?.toLowerCase() ?? "";
  if (!type.startsWith("application/x-www-form-urlencoded") && !type.startsWith("multipart/form-data")) {
    throw new AppError("invalid_input", "Send the form as application/x-www-form-urlencoded or multipart/form-data.");
  }
  try {
    return await request.formData();
  } catch (error) {
    throw new AppError("invalid_input", "The form could not be read.", { cause: error });
  }
}
