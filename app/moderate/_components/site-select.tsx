/** A labelled choice of site, for GET filters; `anyLabel` adds an option for every site. */
export function SiteSelect({ sites, value, anyLabel }: { sites: { publicId: string; name: string }[]; value: string; anyLabel?: string }) {
  return (
    <label>
      Site{" "}
      <select name="site" defaultValue={value}>
        {anyLabel ? <option value="">{anyLabel}</option> : null}
        {sites.map((site) => (
          <option key={site.publicId} value={site.publicId}>
            {site.name}
          </option>
        ))}
      </select>
    </label>
  );
}
