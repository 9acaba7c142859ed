import { getViewer } from "@/lib/auth/viewer";
import { escapeHtml, htmlPage, refusalPage } from "@/lib/embed/embed-html";
import { getSiteByPublicId } from "@/lib/sites/get-site";

/**
 * Who the embed sees as signed in, for a publisher checking their set-up (and for the sign-in
 * tests): frameable by the site's allowed origins, like the thread itself.
 */
export async function GET(request: Request): Promise<Response> {
  const site = await getSiteByPublicId(new URL(request.url).searchParams.get("site") ?? "");
  if (!site) return refusalPage(404, "No site has that id: check data-site in the snippet.");
  const viewer = await getViewer();
  const id = encodeURIComponent(site.publicId);
  const who = viewer
    ? `<p id="parley-viewer">Signed in as <strong>${escapeHtml(viewer.displayName)}</strong> (${viewer.siteId === site.id ? `${escapeHtml(site.name)} account` : viewer.siteId ? "another site's account" : "Parley account"}).</p>
<form method="post" action="/embed/actions/sign-out"><input type="hidden" name="site" value="${escapeHtml(site.publicId)}"><input type="hidden" name="return" value="/embed/whoami?site=${escapeHtml(id)}"><button>Sign out</button></form>`
    : `<p id="parley-viewer">Not signed in.</p>${site.signIn === "sso_only" ? "" : `<p><a href="/embed/sign-in?site=${escapeHtml(id)}" target="_blank" data-parley-popup>Sign in</a></p>`}`;
  return htmlPage({
    title: `Parley on ${site.name}`,
    headers: { "Content-Security-Policy": whoamiPolicy(site.allowedOrigins) },
    body: `<main><h1>Parley on ${escapeHtml(site.name)}</h1>${who}<p id="parley-sign-in-status" role="status"></p></main><script src="/embed/sign-in.js" defer></script>`,
  });
}

function whoamiPolicy(allowedOrigins: string[]): string {
  const ancestors = allowedOrigins.length ? allowedOrigins.join(" ") : "'none'";
  return `default-src 'none'; script-src 'self'; style-src 'unsafe-inline'; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors ${ancestors}`;
}
