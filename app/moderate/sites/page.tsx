import { embedSnippet } from "@/lib/sites/embed-snippet";
import { listSites } from "@/lib/sites/list-sites";
import { requireModeratorPage } from "../require-moderator-page";
import { CreateSiteForm } from "./_components/create-site-form";
import { EditSiteForm } from "./_components/edit-site-form";
import { RotateSecretForm } from "./_components/rotate-secret-form";

const SIGN_IN = { sso_and_parley: "SSO and Parley accounts", sso_only: "SSO only", parley_only: "Parley accounts only" } as const;

export default async function SitesPage() {
  const sites = await listSites(await requireModeratorPage("admin"));
  return (
    <main id="main">
      <h1 className="page-title">Sites</h1>
      <p>Each site shows Parley threads on its own pages. Paste its snippet where the thread belongs; set data-key to the page&apos;s own key (it defaults to the page&apos;s URL).</p>
      <ul className="mod-list">
        {sites.map((site) => (
          <li key={site.id} className="mod-person" id={`site-${site.publicId}`} aria-label={site.name}>
            <h2 className="mod-entry__title">{site.name}</h2>
            <dl className="site-facts">
              <dt>Public id</dt>
              <dd><code>{site.publicId}</code></dd>
              <dt>Allowed origins</dt>
              <dd>{site.allowedOrigins.length ? site.allowedOrigins.join(", ") : "none yet: no page can show its threads"}</dd>
              <dt>Sign-in</dt>
              <dd>{SIGN_IN[site.signIn]}</dd>
              <dt>Threads close</dt>
              <dd>{site.closeAfterDays === null ? "never" : `after ${site.closeAfterDays} days`}</dd>
              <dt>Pre-moderation</dt>
              <dd>{site.premoderation ? "on" : "off"}</dd>
            </dl>
            <p className="field__hint">Snippet to paste</p>
            <pre className="snippet" aria-label={`Snippet for ${site.name}`}>{embedSnippet(site.publicId)}</pre>
            <RotateSecretForm publicId={site.publicId} hasSecret={site.hasSsoSecret} />
            <details className="disclosure">
              <summary>Edit {site.name}</summary>
              <EditSiteForm site={site} />
            </details>
          </li>
        ))}
      </ul>
      <CreateSiteForm />
    </main>
  );
}
