import { embedErrorResponse } from "@/lib/embed/embed-html";
import { field, isNavigation, readForm, requireSameOriginPost } from "@/lib/embed/embed-post";
import { embedReturnPath } from "@/lib/embed/embed-return-path";
import { redeemHandoffCredential } from "@/lib/embed/handoff-credential";
import { signInWithSsoToken } from "@/lib/embed/sign-in-with-sso-token";
import { AppError } from "@/lib/errors";
import { getSiteByPublicId } from "@/lib/sites/get-site";

/**
 * Starts the iframe's session: form fields `site` and either `credential` (from the sign-in
 * popup) or `sso` (a publisher's token). 204 with the cookie for the iframe's script; 303 back
 * to `return` (an /embed/ path) for a form.
 */
export async function POST(request: Request): Promise<Response> {
  // A refusal shown in the iframe (a form without a script) must be frameable by the site's pages.
  let frameAncestors: string[] = [];
  try {
    requireSameOriginPost(request);
    const form = await readForm(request);
    const site = await getSiteByPublicId(field(form, "site"));
    frameAncestors = site?.allowedOrigins ?? [];
    if (!site) throw new AppError("not_found", "No site has that id: check data-site in the snippet.", { field: "site" });
    const sso = field(form, "sso");
    const credential = field(form, "credential");
    if (!sso && !credential) throw new AppError("invalid_input", "Send a sign-in credential or an SSO token.", { field: "credential" });
    const { setCookie } = sso ? await signInWithSsoToken(site, sso) : await redeemHandoffCredential(site, credential);
    const headers = { "Set-Cookie": setCookie, "Cache-Control": "no-store" };
    if (!isNavigation(request)) return new Response(null, { status: 204, headers });
    return new Response(null, { status: 303, headers: { ...headers, Location: embedReturnPath(field(form, "return"), site.publicId) } });
  } catch (error) {
    return embedErrorResponse(request, error, frameAncestors);
  }
}
