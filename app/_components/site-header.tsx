import Link from "next/link";
import { getViewer } from "@/lib/auth/viewer";
import { getModerationCounts } from "@/lib/moderation/list-moderation-queue";
import { hasRole } from "@/lib/moderation/require-role";
import { unlessUnavailable } from "@/lib/unavailable";
import { Avatar } from "./avatar";
import { signOutAction } from "./sign-out-action";

/** While the database is unreachable the viewer is unknown: no account links, and nobody is shown as signed out. */
async function readHeaderState() {
  const read = await unlessUnavailable(async () => {
    const viewer = await getViewer();
    return { viewer, isKnown: true, counts: hasRole(viewer, "moderator") ? await getModerationCounts() : null };
  });
  return read?.value ?? { viewer: null, isKnown: false, counts: null };
}

export async function SiteHeader() {
  const { viewer, isKnown, counts } = await readHeaderState();
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link href="/" className="brand">
          Parley
        </Link>
        <nav aria-label="Main">
          <ul className="nav">
            <li>
              <Link href="/" className="nav__latest">Latest</Link>
            </li>
            {counts ? (
              <li>
                <Link href="/moderate" className="nav__moderate">
                  Moderate
                  {counts.pending + counts.reported > 0 ? (
                    <span className="count-badge" aria-hidden="true">
                      {counts.pending + counts.reported}
                    </span>
                  ) : null}
                  <span className="sr-only">
                    : {counts.pending} pending, {counts.reported} reported
                  </span>
                </Link>
              </li>
            ) : null}
            {viewer ? (
              <>
                <li>
                  <Link href="/account" className="nav__account">
                    <Avatar name={viewer.displayName} image={viewer.image} size={24} />
                    <span>{viewer.displayName}</span>
                  </Link>
                </li>
                <li>
                  <form action={signOutAction}>
                    <button type="submit" className="link-button">
                      Sign out
                    </button>
                  </form>
                </li>
              </>
            ) : !isKnown ? null : (
              <li>
                <Link href="/sign-in">Sign in</Link>
              </li>
            )}
          </ul>
        </nav>
      </div>
    </header>
  );
}
