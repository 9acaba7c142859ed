import { getSiteRules } from "@/lib/moderation/get-site-rules";
import { SettingsForm } from "./settings-form";
import { requireModeratorPage } from "../require-moderator-page";

export default async function RulesPage() {
  const { site, settings } = await getSiteRules(await requireModeratorPage());
  return (
    <main id="main">
      <h1 className="page-title">Rules for {site.name}</h1>
      <p>Checked on every new comment, in this order: banned words refuse it; the rest hold it for a moderator. Moderators&apos; own comments skip them.</p>
      <SettingsForm settings={settings} />
    </main>
  );
}
