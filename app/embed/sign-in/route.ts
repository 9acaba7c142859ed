import { auth } from "@/lib/auth/auth";
import { loadViewer } from "@/lib/auth/load-viewer";
import { escapeHtml, htmlPage, refusalPage } from "@/lib/embed/embed-html";
import { issueHandoffCredential } from "@/lib/embed/handoff-credential";
import { getSiteByPublicId } from "@/lib/sites/get-site";

/**
 * The sign-in popup an embedded thread opens, on Parley's own origin where its session cookie
 * works. Not signed in: on to /sign-in (every method), which comes back here. Signed in: a
 * hand-off page whose script posts a one-time credential to the iframe that opened it.
 */
export async function GET(request: Request): Promise<Response> {
  const params = new URL(request.url).searchParams;
  const publicId = params.get("site") ?? "";
  const thread = threadPath(params.get("thread"));
  const site = await getSiteByPublicId(publicId);
  if (!site) return refusalPage(404, "This sign-in link names no site Parley knows. Check data-site in the snippet.");
  if (site.signIn === "sso_only") {
    return refusalPage(403, `${site.name} signs its readers in with its own accounts only. Sign in on ${site.name}'s website, then come back to the discussion.`);
  }
  const userId = (await auth())?.user?.id;
  const viewer = userId ? await loadViewer(userId) : null;
  if (!viewer) {
    const back = `/embed/sign-in?${new URLSearchParams({ site: site.publicId, ...(thread ? { thread } : {}) })}`;
    return new Response(null, { status: 303, headers: { Location: `/sign-in?callbackUrl=${encodeURIComponent(back)}`, "Cache-Control": "no-store" } });
  }
  const credential = await issueHandoffCredential({ userId: viewer.id, site });
  return handoffPage(viewer.displayName, credential, thread, request.headers.get("x-nonce") ?? "");
}

/** The thread the popup was opened from, as a path on this origin; anything else is dropped. */
function threadPath(raw: string | null): string | null {
  return raw && raw.length <= 4000 && raw.startsWith("/embed/thread?") && !/[\u0000-\u001f\\]/.test(raw) ? raw : null;
}

// The opener must be Parley's iframe: reading a cross-origin window's location throws, and the
// target origin stops the message reaching any other page anyway.
const HANDOFF_SCRIPT = `(function(){var o=window.opener,e=document.getElementById("parley-handoff");try{if(!o||o.location.origin!==location.origin)return}catch(_){return}o.postMessage({parley:"credential",credential:e.getAttribute("data-credential")},location.origin);window.close()})()`;

/**
 * With scripts on, this page hands the credential over and closes before anyone reads it. Without
 * them (or opened as a tab), the framed discussion can't learn of the sign-in: it stays in the
 * publisher's partition. The thread opened here, on Parley, takes this session, forms and all.
 */
function handoffPage(name: string, credential: string, thread: string | null, nonce: string): Response {
  const next = thread
    ? `<p>If the discussion you came from doesn't show you signed in (it needs JavaScript for that), <a href="${escapeHtml(thread)}">continue to it here on Parley</a>.</p>`
    : `<p>If the discussion you came from doesn't show you signed in, turn on JavaScript and sign in from it again.</p>`;
  return htmlPage({
    title: "Signed in — Parley",
    headers: { "Referrer-Policy": "no-referrer" },
    body: `<main><h1>Signed in as ${escapeHtml(name)}</h1>${next}</main><script nonce="${escapeHtml(nonce)}" id="parley-handoff" data-credential="${escapeHtml(credential)}">${HANDOFF_SCRIPT}</script>`,
  });
}
