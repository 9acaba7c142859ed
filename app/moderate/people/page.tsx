import { Timestamp } from "@/app/_components/timestamp";
import { listPeople } from "@/lib/moderation/list-people";
import { listSites } from "@/lib/sites/list-sites";
import { changeRoleAction, unbanUserAction } from "../actions";
import { BanControls } from "../_components/ban-controls";
import { Notice } from "@/app/_components/notice";
import { requireModeratorPage } from "../require-moderator-page";

type Props = { searchParams: Promise<Record<string, string | undefined>> };

export default async function PeoplePage({ searchParams }: Props) {
  const viewer = await requireModeratorPage("admin");
  const params = await searchParams;
  const [people, sites] = await Promise.all([listPeople(viewer, params.q), listSites(viewer)]);
  const returnTo = `/moderate/people${params.q ? `?q=${encodeURIComponent(params.q)}` : ""}`;
  const now = new Date();
  return (
    <main id="main">
      <h1 className="page-title">People</h1>
      <Notice notice={params.notice} error={params.error} />
      <form method="get" className="mod-filters" aria-label="Find people">
        <label>
          Name or email <input type="search" name="q" defaultValue={params.q ?? ""} />
        </label>
        <button type="submit" className="button button--secondary button--small">Find</button>
      </form>
      <ul className="mod-list">
        {people.map((p) => (
          <li key={p.id} className="mod-person" id={`person-${p.id}`}>
            <p>
              <strong>{p.displayName}</strong> <span className="meta">{p.email}</span> <span className="meta">joined <Timestamp date={p.joinedAt} now={now} /></span>
              {p.ban ? <span className="badge badge--alert"> banned</span> : null}
            </p>
            {p.listedAdmin ? (
              <p className="meta">Admin through ADMIN_EMAILS: take the address out of it to change the role.</p>
            ) : (
              <form action={changeRoleAction} className="inline-actions">
                <input type="hidden" name="userId" value={p.id} />
                <input type="hidden" name="returnTo" value={returnTo} />
                <label>
                  Role{" "}
                  <select name="role" defaultValue={p.role} aria-label={`Role of ${p.displayName}`}>
                    <option value="reader">Reader</option>
                    <option value="moderator">Moderator</option>
                    <option value="admin">Admin</option>
                  </select>
                </label>
                <button type="submit" className="button button--secondary button--small">Save role</button>
              </form>
            )}
            {p.siteBans.map((ban) => (
              <form key={ban.publicId} action={unbanUserAction} className="inline-actions">
                <span className="badge badge--alert">
                  banned on {ban.name} {ban.until ? <>until <Timestamp date={ban.until} now={now} /></> : "permanently"}
                </span>
                <input type="hidden" name="userId" value={p.id} />
                <input type="hidden" name="site" value={ban.publicId} />
                <input type="hidden" name="returnTo" value={returnTo} />
                <input type="hidden" name="anchor" value={`#person-${p.id}`} />
                <button type="submit" className="button button--secondary button--small">Lift ban on {ban.name}</button>
              </form>
            ))}
            {p.role === "reader" ? <BanControls userId={p.id} isBanned={!!p.ban} sites={sites} returnTo={returnTo} anchor={`#person-${p.id}`} label="Ban" /> : null}
          </li>
        ))}
      </ul>
    </main>
  );
}
