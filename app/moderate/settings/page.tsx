import { notFound } from "next/navigation";
import { isAppError } from "@/lib/errors";
import { getSiteRules } from "@/lib/moderation/get-site-rules";
import { SettingsForm } from "./settings-form";
import { SiteSelect } from "../_components/site-select";
import { requireModeratorPage } from "../require-moderator-page";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function RulesPage({ searchParams }: Props) {
  const { site: picked } = await searchParams;
  const viewer = await requireModeratorPage();
  const rules = await getSiteRules(viewer, typeof picked === "string" && picked ? picked : undefined).catch((error: unknown) => {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  });
  const { site, sites, settings } = rules;
  return (
    <main id="main">
      <h1 className="page-title">Rules for {site.name}</h1>
      {sites.length > 1 ? (
        <form method="get" className="mod-filters" aria-label="Choose a site">
          <SiteSelect sites={sites} value={site.publicId} />
          <button type="submit" className="button button--secondary button--small">Show rules</button>
        </form>
      ) : null}
      <p>Checked on every new comment, in this order: banned words refuse it; the rest hold it for a moderator. Moderators&apos; own comments skip them.</p>
      <SettingsForm key={site.publicId} site={site.publicId} settings={settings} siteCount={sites.length} />
    </main>
  );
}
