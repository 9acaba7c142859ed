import postgres from "postgres";

// Everything a malformed request could wrongly write. Rate-limit counters are left out: counting
// refused attempts is what they are for.
const TABLES = [
  "users", "accounts", "verification_tokens", "sites", "articles", "threads", "comments", "comment_votes",
  "comment_reports", "moderation_settings", "moderation_actions", "ended_sessions", "site_bans", "used_token_ids",
];

/** One digest per table of the database's content, to compare before and after a run. */
export async function fingerprintDatabase(databaseUrl: string): Promise<Record<string, string>> {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    const existing = new Set((await sql`select tablename from pg_tables where schemaname = 'public'`).map((r) => r.tablename as string));
    const digests: Record<string, string> = {};
    for (const table of TABLES.filter((t) => existing.has(t))) {
      const [row] = await sql.unsafe(`select count(*)::text || ':' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '') as digest from "${table}" t`);
      digests[table] = row!.digest as string;
    }
    return digests;
  } finally {
    await sql.end();
  }
}
