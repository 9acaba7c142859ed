import type { Sql } from "postgres";
import { renderCommentMarkdown } from "@/lib/markdown/render-comment";
import { AUTHORS, HOME_SITE_SLUG, INSERT_BATCH, articleSlug, formatCount } from "./config";
import { type PlannedComment, planThread } from "./plan-thread";

export type BenchAuthor = { id: string; name: string; email: string };
export type SeededThread = {
  size: number;
  slug: string;
  threadId: number;
  commentIds: { first: number; last: number };
  seconds: number;
  topLevel: number;
  replies: number;
  maxDepth: number;
  largestSubtree: number;
};

/** Readers with unique emails, shared as authors by every bench thread and as posters later. */
export async function seedAuthors(sql: Sql): Promise<BenchAuthor[]> {
  return sql<BenchAuthor[]>`
    insert into users (id, name, email, role, created_at)
    select gen_random_uuid()::text, 'Bench reader ' || g, 'bench-' || g || '@example.test', 'reader', now() - interval '30 days'
    from generate_series(1, ${AUTHORS}::int) g
    returning id, name, email`;
}

// A few hundred bodies of varied length, rendered once by the app's own renderer.
const BODIES = Array.from({ length: 300 }, (_, i) => {
  const words = "the council vote was closer than the headline suggests and the budget still has to pass a second reading".split(" ");
  const sentence = (n: number) => Array.from({ length: n }, (_, k) => words[(i * 7 + k * 3) % words.length]).join(" ");
  const markdown = i % 4 === 0 ? `${sentence(8)}.\n\n**${sentence(4)}** ${sentence(30)}.` : `${sentence(6 + (i % 40))}.`;
  return { markdown, html: renderCommentMarkdown(markdown) };
});

/** An article of the home site with a thread of `size` comments, inserted set-wise in batches. */
export async function seedThread(sql: Sql, size: number, authors: BenchAuthor[]): Promise<SeededThread> {
  const started = performance.now();
  const slug = articleSlug(size);
  const threadId = await insertArticleWithThread(sql, slug, size);
  const { planned, firstId } = await fillThread(sql, threadId, size, authors.map((a) => a.id));

  const roots = planned.filter((c) => c.parentId === null);
  return {
    size,
    slug,
    threadId,
    commentIds: { first: firstId, last: firstId + size - 1 },
    seconds: Math.round(performance.now() - started) / 1000,
    topLevel: roots.length,
    replies: size - roots.length,
    maxDepth: Math.max(...planned.map((c) => c.depth)),
    largestSubtree: Math.max(...roots.map((c) => c.descendantCount)),
  };
}

/** Comments planned for `size` and inserted into the thread, with its counter, as posting would leave them. */
async function fillThread(sql: Sql, threadId: number, size: number, authorIds: string[]) {
  const [{ first }] = await sql<[{ first: string }]>`select nextval(pg_get_serial_sequence('comments', 'id')) as first`;
  const firstId = Number(first);
  await sql`select setval(pg_get_serial_sequence('comments', 'id'), ${firstId + size - 1})`;
  const planned = planThread({ size, firstId, authorIds, bodies: BODIES.length, end: new Date(), seed: size });
  for (let i = 0; i < planned.length; i += INSERT_BATCH) await insertComments(sql, threadId, planned.slice(i, i + INSERT_BATCH));
  await sql`update threads set comment_count = ${size} where id = ${threadId}`;
  return { planned, firstId };
}

type EmbedThreadInput = { size: number; origin: string; pageKey: string; url: string; title: string };

/** A site that may be embedded on `origin`, with one thread keyed `pageKey` of `size` comments by ten readers of its own. */
export async function seedEmbedThread(sql: Sql, { size, origin, pageKey, url, title }: EmbedThreadInput): Promise<{ publicId: string; threadId: number }> {
  const [site] = await sql<[{ id: number; publicId: string }]>`
    insert into sites (slug, name, origin, allowed_origins) values ('bench-embed', 'Bench publisher', ${origin}, ${[origin]}::text[])
    returning id, public_id as "publicId"`;
  const [thread] = await sql<[{ id: number }]>`
    insert into threads (site_id, page_key, url, title) values (${site.id}, ${pageKey}, ${url}, ${title}) returning id`;
  const authors = await sql<{ id: string }[]>`
    insert into users (id, name, email, role, created_at)
    select gen_random_uuid()::text, 'Embed reader ' || g, 'bench-embed-' || g || '@example.test', 'reader', now() - interval '30 days'
    from generate_series(1, 10) g
    returning id`;
  await fillThread(sql, Number(thread.id), size, authors.map((a) => a.id));
  return { publicId: site.publicId, threadId: Number(thread.id) };
}

async function insertArticleWithThread(sql: Sql, slug: string, size: number): Promise<number> {
  const title = `Benchmark thread with ${formatCount(size)} comments`;
  const body = [`A seeded article whose discussion holds ${formatCount(size)} comments.`, "It exists only for npm run bench."].join("\n\n");
  const [row] = await sql<[{ id: number }]>`
    with site as (select id from sites where slug = ${HOME_SITE_SLUG}),
    article as (
      insert into articles (site_id, slug, source_name, title, body, published_at)
      select id, ${slug}, 'Parley bench', ${title}, ${body}, now() - interval '7 days' from site
      returning id, site_id
    )
    insert into threads (site_id, article_id) select site_id, id from article returning id`;
  if (!row) throw new Error(`site ${HOME_SITE_SLUG} is missing: the demo seed should have made it`);
  return Number(row.id);
}

// One statement per batch: columns travel as arrays and unnest turns them back into rows.
async function insertComments(sql: Sql, threadId: number, rows: PlannedComment[]) {
  const col = <T>(f: (c: PlannedComment) => T) => rows.map(f);
  await sql`
    insert into comments (id, thread_id, parent_id, root_id, depth, path, author_id, body_markdown, body_html,
                          upvotes, downvotes, reply_count, descendant_count, created_at)
    overriding system value
    select u.id, ${threadId}, u.parent_id, u.root_id, u.depth, u.path, u.author_id, u.body_markdown, u.body_html,
           u.upvotes, u.downvotes, u.reply_count, u.descendant_count, u.created_at
    from unnest(
      ${col((c) => c.id)}::bigint[], ${col((c) => c.parentId)}::bigint[], ${col((c) => c.rootId)}::bigint[],
      ${col((c) => c.depth)}::smallint[], ${col((c) => c.path)}::text[], ${col((c) => c.authorId)}::text[],
      ${col((c) => BODIES[c.body]!.markdown)}::text[], ${col((c) => BODIES[c.body]!.html)}::text[],
      ${col((c) => c.upvotes)}::int[], ${col((c) => c.downvotes)}::int[], ${col((c) => c.replyCount)}::int[],
      ${col((c) => c.descendantCount)}::int[], ${col((c) => c.createdAt.toISOString())}::timestamptz[]
    ) as u(id, parent_id, root_id, depth, path, author_id, body_markdown, body_html,
           upvotes, downvotes, reply_count, descendant_count, created_at)`;
  // Each comment's text is its revision 1, as posting makes it.
  await sql`
    insert into comment_revisions (comment_id, revision, body_markdown, body_html, editor_id, created_at)
    select id, 1, body_markdown, body_html, author_id, created_at from comments where id = any(${col((c) => c.id)}::bigint[])`;
}
