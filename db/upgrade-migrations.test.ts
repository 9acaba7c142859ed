import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { drizzle } from "drizzle-orm/pglite";
import { migrate } from "drizzle-orm/pglite/migrator";
import { afterAll, describe, expect, it } from "vitest";

const migrationsFolder = path.resolve("db/migrations");

/** The migrations folder as it stood after migration `last` (journal cut there). */
async function migrationsUpTo(last: number): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "parley-migrations-"));
  await cp(migrationsFolder, dir, { recursive: true });
  const journalFile = path.join(dir, "meta/_journal.json");
  const journal = JSON.parse(await readFile(journalFile, "utf8")) as { entries: { idx: number }[] };
  journal.entries = journal.entries.filter((e) => e.idx <= last);
  await writeFile(journalFile, JSON.stringify(journal));
  return dir;
}

const folders: string[] = [];
afterAll(() => Promise.all(folders.map((f) => rm(f, { recursive: true, force: true }))));

describe("upgrading a database made before sign-up needed a confirmed email", () => {
  it("marks its password accounts confirmed, so they keep signing in, and leaves the others alone", async () => {
    const client = new PGlite();
    const db = drizzle(client);
    const before = await migrationsUpTo(5);
    folders.push(before);
    await migrate(db, { migrationsFolder: before });
    await client.query(`insert into users (id, email, password_hash, created_at) values
      ('legacy', 'legacy@example.test', '$argon2id$stub', '2026-11-01T00:00:00Z'),
      ('by-link', 'link@example.test', null, '2026-11-02T00:00:00Z')`);

    await migrate(db, { migrationsFolder });
    const { rows } = await client.query<{ id: string; email_verified: Date | null }>("select id, email_verified from users order by id");
    expect(rows).toEqual([
      { id: "by-link", email_verified: null },
      { id: "legacy", email_verified: new Date("2026-11-01T00:00:00Z") },
    ]);
    await client.close();
    // Slow by nature: every migration on PGlite (Postgres in WebAssembly), ~6 s on a quiet
    // 2-core machine. The budget is for a fully loaded one, not a speed check.
  }, 120_000);
});

describe("upgrading a database made before comments kept their revisions", () => {
  it("gives each comment its current text as revision 1 and its post time as its place in the queue", async () => {
    const client = new PGlite();
    const db = drizzle(client);
    const before = await migrationsUpTo(8);
    folders.push(before);
    await migrate(db, { migrationsFolder: before });
    await client.exec(`
      insert into users (id, email) values ('ada', 'ada@example.test');
      insert into sites (id, slug, name, origin) overriding system value values (1, 'site', 'Site', 'https://example.test');
      insert into threads (id, site_id) overriding system value values (1, 1);
      insert into comments (id, thread_id, author_id, body_markdown, body_html, status, created_at, edited_at, deleted_at) overriding system value values
        (1, 1, 'ada', 'Held *words*', '<p>Held <em>words</em></p>', 'pending', '2026-11-01T10:00:00Z', '2026-11-01T10:05:00Z', null),
        (2, 1, 'ada', '', '', 'published', '2026-11-01T11:00:00Z', null, '2026-11-01T12:00:00Z');`);

    await migrate(db, { migrationsFolder });
    const comments = await client.query("select id, revision, queued_at from comments order by id");
    expect(comments.rows).toEqual([
      { id: 1, revision: 1, queued_at: new Date("2026-11-01T10:00:00Z") },
      { id: 2, revision: 1, queued_at: new Date("2026-11-01T11:00:00Z") },
    ]);
    const revisions = await client.query("select comment_id, revision, body_markdown, body_html, editor_id, created_at from comment_revisions");
    expect(revisions.rows).toEqual([
      { comment_id: 1, revision: 1, body_markdown: "Held *words*", body_html: "<p>Held <em>words</em></p>", editor_id: "ada", created_at: new Date("2026-11-01T10:05:00Z") },
    ]);
    await client.close();
  }, 60_000);
});
