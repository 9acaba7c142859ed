import { banUserAction, unbanUserAction } from "../actions";

/**
 * Ban or unban the author, from a queue entry or the people page. A ban is everywhere
 * or on one of `sites` (a queue entry offers its own site).
 */
type Props = { userId: string; isBanned: boolean; sites: { publicId: string; name: string }[]; returnTo: string; anchor?: string; label?: string };

export function BanControls({ userId, isBanned, sites, returnTo, anchor, label = "Ban author" }: Props) {
  if (isBanned) {
    return (
      <form action={unbanUserAction} className="inline-actions">
        <input type="hidden" name="userId" value={userId} />
        <input type="hidden" name="returnTo" value={returnTo} />
        <input type="hidden" name="anchor" value={anchor ?? ""} />
        <button type="submit" className="button button--secondary button--small">Lift ban</button>
      </form>
    );
  }
  return (
    <details className="disclosure">
      <summary>{label}</summary>
      <form action={banUserAction} className="inline-form">
        <input type="hidden" name="userId" value={userId} />
        <input type="hidden" name="returnTo" value={returnTo} />
        <input type="hidden" name="anchor" value={anchor ?? ""} />
        <label htmlFor={`ban-duration-${userId}`}>For</label>
        <select id={`ban-duration-${userId}`} name="duration" defaultValue="7d">
            <option value="1d">1 day</option>
            <option value="7d">7 days</option>
            <option value="30d">30 days</option>
            <option value="permanent">good</option>
        </select>
        <label htmlFor={`ban-site-${userId}`}>Where</label>
        <select id={`ban-site-${userId}`} name="site" defaultValue="">
          <option value="">Everywhere</option>
          {sites.map((site) => (
            <option key={site.publicId} value={site.publicId}>
              On {site.name} only
            </option>
          ))}
        </select>
        <label>
          Reason (the reader sees it) <input name="reason" required minLength={3} maxLength={500} />
        </label>
        <button type="submit" className="button button--danger button--small">Ban</button>
      </form>
    </details>
  );
}
